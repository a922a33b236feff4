import PQueue from 'p-queue';
import type { Logger } from 'pino';

/** How much work after an ack may run at once, and how much may wait. */
export interface WorkLimits {
  /** Jobs running at once. Small: each job is mostly CPU on the one event loop the next ack needs. */
  concurrency: number;
  /** Jobs waiting for a slot; beyond this a job is refused and the user told to try again. */
  maxWaiting: number;
}

/**
 * The work a Slack request asks for, done after its ack (resolve the caller, answer, post). Bounded both ways, so
 * a burst of answers never stands between the next request and its ack, and never grows memory without limit.
 */
export interface WorkQueue {
  /** Queues `job`; false, without queueing it, when `maxWaiting` jobs already wait. A job that throws is logged. */
  offer(job: () => Promise<unknown>, what: string): boolean;
  /** Resolves once nothing runs or waits (tests, shutdown). */
  idle(): Promise<void>;
  /** Jobs running and waiting now. */
  readonly load: { running: number; waiting: number };
}

/**
 * @example
 * const work = createWorkQueue({ concurrency: 8, maxWaiting: 2000 }, logger);
 * if (!work.offer(() => answer(command), '/brief')) await sayBusy(command.response_url);
 */
export function createWorkQueue(limits: WorkLimits, logger: Logger): WorkQueue {
  const queue = new PQueue({ concurrency: limits.concurrency });
  return {
    offer(job, what) {
      if (queue.size >= limits.maxWaiting) {
        logger.warn({ what, running: queue.pending, waiting: queue.size }, 'slack: work queue full, answering busy');
        return false;
      }
      queue.add(job).catch((err: unknown) => logger.error({ err, what }, 'slack: work after the ack failed'));
      return true;
    },
    idle: () => queue.onIdle(),
    get load() {
      return { running: queue.pending, waiting: queue.size };
    },
  };
}
