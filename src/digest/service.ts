import type { Caller, Reply } from '../../commands/command.js';

/**
 * Digest subscriptions for a channel, as the `digest` command uses them. Implemented over the store and
 * the scheduler; every method answers with a Reply ready to render.
 */
export interface DigestService {
  subscribe(caller: Caller, schedule: string, timeZone?: string): Promise<Reply>;
  unsubscribe(caller: Caller): Promise<Reply>;
  list(caller: Caller): Promise<Reply>;
  now(caller: Caller): Promise<Reply>;
  preview(caller: Caller): Promise<Reply>;
}
