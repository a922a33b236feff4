import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Logger } from 'pino';
import type { FactCore } from '../core/types.js';
import type { Store } from '../store/store.js';
import { createDigestService } from './store-service.js';
import { createPosterRegistry } from './posters.js';
import { DEFAULT_RETRY, type RetryPolicy } from './retry.js';
import { createScheduler, DEFAULT_TIMING, type Scheduler, type SchedulerTiming } from './scheduler.js';
import type { ChannelPoster, DigestService } from './contracts.js';
import type { DeliverDeps } from './deliver.js';

/** Everything digests need; main.ts passes the opened store and the loaded fact core. */
export interface CreateDigestsOptions {
  store: Store;
  /** The facts, or how to read the ones served now (main passes a function, so reloaded facts reach digests). */
  core: FactCore | (() => FactCore);
  /** Posters known at start-up (e.g. the console's); adapters add theirs with `addPoster` once running. */
  posters?: readonly ChannelPoster[];
  logger: Logger;
  now?: () => Date;
  /** IANA zone for subscriptions that name none (config.digestTimeZone). */
  defaultTimeZone: string;
  timing?: Partial<SchedulerTiming>;
  retry?: Partial<RetryPolicy>;
  /** Give up on one post after this many ms; default 60,000. */
  postTimeoutMs?: number;
  /** Claim owner id of this process; default host:pid:random. */
  owner?: string;
  /** Prune votes and abstentions older than this many days on the scheduler's ticks (config.retentionDays). */
  retentionDays?: number;
  /** Told how each delivery ended (metrics). */
  observe?: DeliverDeps['observe'];
}

/** The digest feature: the service the `digest` command uses, the scheduler, and where adapters plug in posters. */
export interface Digests {
  service: DigestService;
  scheduler: Scheduler;
  /** Registers (or replaces) the poster of a platform. */
  addPoster(poster: ChannelPoster): void;
}

/**
 * Builds the digest service and scheduler over one store. Call `scheduler.start()` once adapters are up, and
 * `scheduler.stop()` before `store.close()` on shutdown.
 * @example
 * const digests = createDigests({ store, core: engine.core, logger, defaultTimeZone: config.digestTimeZone });
 * services.digests = digests.service; digests.addPoster(slack.poster); digests.scheduler.start();
 */
export function createDigests(options: CreateDigestsOptions): Digests {
  const posters = createPosterRegistry(options.posters);
  const logger = options.logger.child({ component: 'digest' });
  const owner = options.owner ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const now = options.now ?? (() => new Date());
  const timing = { ...DEFAULT_TIMING, ...options.timing };
  const postTimeoutMs = options.postTimeoutMs ?? 60_000;
  // A claim must outlive the slowest post, or a live process's claim would be taken over and posted twice.
  if (timing.staleClaimMs <= postTimeoutMs) throw new RangeError(`digest timing: staleClaimMs (${timing.staleClaimMs}) must exceed postTimeoutMs (${postTimeoutMs})`);
  const { core } = options;
  const deliverDeps = {
    store: options.store,
    core: typeof core === 'function' ? core : () => core,
    posters,
    logger,
    retry: { ...DEFAULT_RETRY, ...options.retry },
    postTimeoutMs,
    observe: options.observe,
  };
  return {
    service: createDigestService({ ...deliverDeps, now, owner, defaultTimeZone: options.defaultTimeZone }),
    scheduler: createScheduler({ ...deliverDeps, now, owner, timing, retentionDays: options.retentionDays }),
    addPoster: (poster) => posters.add(poster),
  };
}
