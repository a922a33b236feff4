import { setTimeout as delay } from 'node:timers/promises';
import type { Digest } from '../../src/core/types.js';
import type { ChannelPoster, DeliveryError } from '../../src/digest/contracts.js';
import type { Platform } from '../../src/store/store.js';

/** One post a FakePoster accepted. */
export interface FakePost {
  channelId: string;
  digest: Digest;
  ref: string;
}

/**
 * A ChannelPoster as an adapter would be: it records what it was asked to post, fails with the DeliveryErrors
 * queued by `failNext`, and can take a few milliseconds like a network call (`latencyMs`).
 */
export class FakePoster implements ChannelPoster {
  readonly posts: FakePost[] = [];
  private readonly failures: DeliveryError[] = [];
  attempts = 0;

  constructor(
    readonly platform: Platform = 'slack',
    private readonly latencyMs = 0,
    private readonly name: string = platform,
  ) {}

  /** The next posts fail with these errors, in order; later ones succeed again. */
  failNext(...errors: DeliveryError[]): this {
    this.failures.push(...errors);
    return this;
  }

  async post(channelId: string, digest: Digest): Promise<string> {
    this.attempts++;
    if (this.latencyMs > 0) await delay(Math.random() * this.latencyMs);
    const failure = this.failures.shift();
    if (failure) throw failure;
    const ref = `${this.name}-${this.posts.length + 1}`;
    this.posts.push({ channelId, digest, ref });
    return ref;
  }
}
