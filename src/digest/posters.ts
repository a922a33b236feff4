import type { Platform } from '../store/store.js';
import type { ChannelPoster } from './contracts.js';

/**
 * The posters of the running adapters, by platform. Adapters start after the digest service exists (their
 * commands need it), so posters are added as adapters come up.
 */
export interface PosterRegistry {
  add(poster: ChannelPoster): void;
  get(platform: Platform): ChannelPoster | undefined;
}

/** A registry, optionally seeded (the console poster, a test's fake). A later poster replaces an earlier one. */
export function createPosterRegistry(initial: readonly ChannelPoster[] = []): PosterRegistry {
  const byPlatform = new Map<Platform, ChannelPoster>();
  const registry: PosterRegistry = {
    add: (poster) => void byPlatform.set(poster.platform, poster),
    get: (platform) => byPlatform.get(platform),
  };
  initial.forEach(registry.add);
  return registry;
}
