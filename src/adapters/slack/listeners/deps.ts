import type { Logger } from 'pino';
import type { CallerResolver } from '../caller.js';
import type { Deduper } from '../dedupe.js';
import type { Lang } from '../../../core/lang.js';
import { messages } from '../../../core/messages/index.js';
import type { RunDeps } from '../run-command.js';
import { renderNotice } from '../render-reply.js';
import type { SlackMessage } from '../render-blocks.js';
import type { RespondPolicy } from '../respond.js';

/** Everything a listener needs; built once in `startSlack`. */
export interface ListenerDeps extends RunDeps {
  resolveCaller: CallerResolver;
  seen: Deduper;
  respondPolicy: RespondPolicy;
}

type Send = (message: SlackMessage) => Promise<unknown>;

/**
 * Sends `message`; if that fails, logs it and tries `apologise` (default: the same route) with the short
 * failure notice, so the user hears something when the answer could not be delivered (bad blocks, an
 * exhausted retry). Never throws; resolves to whether the answer itself went out.
 */
export async function deliver(opts: { send: Send; apologise?: Send; message: SlackMessage; logger: Logger; what: string; lang?: Lang }): Promise<boolean> {
  const { send, apologise = send, message, logger, what } = opts;
  const m = messages(opts.lang);
  try {
    await send(message);
    return true;
  } catch (err) {
    logger.error({ err }, `slack ${what} failed`);
  }
  try {
    await apologise(renderNotice(m.ui.slackFailure, true, m));
  } catch (err) {
    logger.error({ err }, `slack ${what}: the failure notice could not be sent either`);
  }
  return false;
}
