import type { Logger } from 'pino';
import type { CallerResolver } from '../caller.js';
import type { Deduper } from '../dedupe.js';
import { questionLang } from '../../../core/brief/question-lang.js';
import type { Lang } from '../../../core/lang.js';
import { messages } from '../../../core/messages/index.js';
import type { RunDeps } from '../run-command.js';
import { renderNotice } from '../render-reply.js';
import type { SlackMessage } from '../render-blocks.js';
import { postToResponseUrl, type RespondPolicy } from '../respond.js';
import type { WorkQueue } from '../work-queue.js';

/** Everything a listener needs; built once in `startSlack`. */
export interface ListenerDeps extends RunDeps {
  resolveCaller: CallerResolver;
  seen: Deduper;
  respondPolicy: RespondPolicy;
  /** Where every listener puts its work after the ack. */
  work: WorkQueue;
}

type Send = (message: SlackMessage) => Promise<unknown>;

/**
 * The busy notice's route for a command or a button: its `response_url`, ephemeral, tried once (a notice that
 * cannot go out is not worth more load on a server that is already full).
 */
export function busyAt(url: string, deps: ListenerDeps): Send {
  return (m) => postToResponseUrl(url, { response_type: 'ephemeral', replace_original: false, ...m }, { ...deps.respondPolicy, retries: 0 });
}

/**
 * Runs `job` through the work queue after the ack; when the queue is full, sends the short "too busy" notice
 * instead, in the language the text is written in (the stored preference is a store read: work, which is what
 * a full queue cannot take on). Never throws.
 */
export async function afterAck(deps: ListenerDeps, what: string, job: () => Promise<unknown>, busy: { send: Send; text?: string }): Promise<void> {
  if (deps.work.offer(job, what)) return;
  const m = messages(questionLang(busy.text) ?? 'en');
  try {
    await busy.send(renderNotice(m.ui.tooBusy, false, m));
  } catch (err) {
    deps.logger.error({ err }, `slack ${what}: the busy notice could not be sent`);
  }
}

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
