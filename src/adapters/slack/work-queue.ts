import { setImmediate as afterIo } from 'node:timers/promises';
import PQueue from 'p-queue';
import type { Logger } from 'pino';

/** How much work after an ack may run at once, and how much may wait. */
export interface WorkLimits {
  /** Answers worked on at once: enough to overlap the network waits of users.info and response_url posts. */
  concurrency: number;
  /**
   * Answers worked on at once while Slack is sending (a request came in the last `quietMs`). Each running answer
   * puts its CPU work into the event loop's turns, and Node accepts one new connection per turn, so during a burst
   * answers wait and acks go first.
   */
  whileReceiving: number;
  quietMs: number;
  /** Answers waiting for a slot; beyond this an answer is refused and the user told to try again. */
  maxWaiting: number;
}

/**
 * The work Slack requests ask for, done after their ack, in two p-queues. `handover` gives acked requests to Bolt
 * (its middleware and the listener, which only queues its answer), a few at a time and never behind answers, so
 * a full queue is noticed and said at once. `answers` resolves the caller, answers and posts: bounded in how many
 * run and how many wait, so a burst of answers never stands between the next request and its ack, and never
 * grows memory without limit.
 */
export interface WorkQueue {
  /** Queues an answer; false, without queueing it, when `maxWaiting` answers already wait. A job that throws is logged. */
  offer(job: () => Promise<unknown>, what: string): boolean;
  /** Queues the hand-over of an acked request to Bolt; never refused. */
  handover(job: () => Promise<unknown>): void;
  /** Tells the queue a request has come in: run `whileReceiving` answers at once until `quietMs` pass without one. */
  receiving(): void;
  /** Resolves once nothing runs or waits (tests, shutdown). */
  idle(): Promise<void>;
  /** Answers running and waiting now. */
  readonly load: { running: number; waiting: number };
}

/** Bolt's part of a request is short (its listeners only queue their answers): two per event-loop turn keep up. */
const HANDOVER_CONCURRENCY = 2;

/**
 * @example
 * const work = createWorkQueue({ concurrency: 16, whileReceiving: 1, quietMs: 50, maxWaiting: 5000 }, logger);
 * if (!work.offer(() => answer(command), '/brief')) await sayBusy(command.response_url);
 */
export function createWorkQueue(limits: WorkLimits, logger: Logger): WorkQueue {
  const handovers = new PQueue({ concurrency: HANDOVER_CONCURRENCY });
  const answers = new PQueue({ concurrency: limits.concurrency });
  // Each job starts after the event loop's I/O phase: a finished job would otherwise start the next one in the
  // same turn, and a turn packed with work holds back the next connection's ack by as long as the work takes.
  const add = (queue: PQueue, job: () => Promise<unknown>, what: string) =>
    void queue
      .add(async () => {
        await afterIo();
        return job();
      })
      .catch((err: unknown) => logger.error({ err, what }, 'slack: work after the ack failed'));

  let lastRequest = 0;
  let quiet: NodeJS.Timeout | undefined;
  const checkQuiet = () => {
    const idle = performance.now() - lastRequest;
    quiet = idle >= limits.quietMs ? undefined : setTimeout(checkQuiet, limits.quietMs - idle).unref();
    if (quiet === undefined) answers.concurrency = limits.concurrency;
  };

  return {
    offer(job, what) {
      if (answers.size >= limits.maxWaiting) {
        logger.warn({ what, running: answers.pending, waiting: answers.size }, 'slack: work queue full, answering busy');
        return false;
      }
      add(answers, job, what);
      return true;
    },
    handover(job) {
      add(handovers, job, 'bolt');
    },
    receiving() {
      lastRequest = performance.now();
      if (quiet !== undefined) return;
      answers.concurrency = limits.whileReceiving;
      quiet = setTimeout(checkQuiet, limits.quietMs).unref();
    },
    async idle() {
      await handovers.onIdle();
      await answers.onIdle();
    },
    get load() {
      return { running: answers.pending, waiting: answers.size };
    },
  };
}
