import { setImmediate as afterIo } from 'node:timers/promises';
import PQueue from 'p-queue';
import type { Logger } from 'pino';

/** How much work after an ack may run at once, and how much may wait. */
export interface WorkLimits {
  /** Jobs running at once: enough to overlap the network waits of users.info and response_url posts. */
  concurrency: number;
  /**
   * Jobs running at once while Slack is sending (a request came in the last `quietMs`). Each running job puts
   * its CPU work into the event loop's turns, and Node accepts one new connection per turn, so during a burst
   * answers wait and acks go first.
   */
  whileReceiving: number;
  quietMs: number;
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
  /** Queues `job` ahead of every offered one, never refused: handing an acked request to Bolt. */
  first(job: () => Promise<unknown>, what: string): void;
  /** Tells the queue a request has come in: run `whileReceiving` jobs at once until `quietMs` pass without one. */
  receiving(): void;
  /** Resolves once nothing runs or waits (tests, shutdown). */
  idle(): Promise<void>;
  /** Jobs running and waiting now. */
  readonly load: { running: number; waiting: number };
}

/**
 * @example
 * const work = createWorkQueue({ concurrency: 16, whileReceiving: 2, quietMs: 50, maxWaiting: 5000 }, logger);
 * if (!work.offer(() => answer(command), '/brief')) await sayBusy(command.response_url);
 */
export function createWorkQueue(limits: WorkLimits, logger: Logger): WorkQueue {
  const queue = new PQueue({ concurrency: limits.concurrency });
  // Each job starts after the event loop's I/O phase: a finished job would otherwise start the next one in the
  // same turn, and Node accepts one new connection per turn, so a turn packed with answers holds back the next
  // connection's ack by as long as the answers take.
  const add = (job: () => Promise<unknown>, what: string, priority: number) =>
    queue
      .add(
        async () => {
          await afterIo();
          return job();
        },
        { priority },
      )
      .catch((err: unknown) => logger.error({ err, what }, 'slack: work after the ack failed'));
  let lastRequest = 0;
  let quiet: NodeJS.Timeout | undefined;
  const checkQuiet = () => {
    const idle = performance.now() - lastRequest;
    quiet = idle >= limits.quietMs ? undefined : setTimeout(checkQuiet, limits.quietMs - idle).unref();
    if (quiet === undefined) queue.concurrency = limits.concurrency;
  };
  return {
    receiving() {
      lastRequest = performance.now();
      if (quiet !== undefined) return;
      queue.concurrency = limits.whileReceiving;
      quiet = setTimeout(checkQuiet, limits.quietMs).unref();
    },
    offer(job, what) {
      if (queue.size >= limits.maxWaiting) {
        logger.warn({ what, running: queue.pending, waiting: queue.size }, 'slack: work queue full, answering busy');
        return false;
      }
      void add(job, what, 0);
      return true;
    },
    first(job, what) {
      void add(job, what, 1);
    },
    idle: () => queue.onIdle(),
    get load() {
      return { running: queue.pending, waiting: queue.size };
    },
  };
}
