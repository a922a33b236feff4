import { describe, expect, it } from 'vitest';
import { createWorkQueue } from '../../../src/adapters/slack/work-queue.js';
import { memoryLogger } from './support/bot.js';

/** A job that runs until the test opens it. */
function held() {
  let open!: () => void;
  const done = new Promise<void>((resolve) => (open = resolve));
  return { job: () => done, open };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the Slack work queue', () => {
  it('takes answers while fewer than maxWaiting wait, and refuses the next one', async () => {
    const work = createWorkQueue({ concurrency: 1, whileReceiving: 1, quietMs: 10, maxWaiting: 1 }, memoryLogger('info').logger);
    const [a, b] = [held(), held()];
    expect(work.offer(a.job, 'a')).toBe(true);
    await pause(20);
    expect(work.offer(b.job, 'b')).toBe(true);
    expect(work.offer(async () => {}, 'c')).toBe(false);
    expect(work.load).toEqual({ running: 1, waiting: 1 });
    a.open();
    b.open();
    await work.idle();
    expect(work.load).toEqual({ running: 0, waiting: 0 });
  });

  it('runs one answer at a time while requests come in, and all it may once they stop', async () => {
    const work = createWorkQueue({ concurrency: 3, whileReceiving: 1, quietMs: 300, maxWaiting: 10 }, memoryLogger('info').logger);
    const jobs = [held(), held(), held()];
    work.receiving();
    for (const j of jobs) work.offer(j.job, 'answer');
    await pause(30);
    expect(work.load.running).toBe(1);
    await expect.poll(() => work.load.running, { timeout: 2000 }).toBe(3);
    for (const j of jobs) j.open();
    await work.idle();
  });

  it('hands requests over to Bolt even when every answer slot is taken', async () => {
    const work = createWorkQueue({ concurrency: 1, whileReceiving: 1, quietMs: 10, maxWaiting: 10 }, memoryLogger('info').logger);
    const blocker = held();
    work.offer(blocker.job, 'answer');
    let handedOver = false;
    work.handover(async () => {
      handedOver = true;
    });
    await pause(20);
    expect(handedOver).toBe(true);
    blocker.open();
    await work.idle();
  });

  it('logs a job that throws and goes on with the next', async () => {
    const { logger, logs: lines } = memoryLogger('info');
    const work = createWorkQueue({ concurrency: 1, whileReceiving: 1, quietMs: 10, maxWaiting: 10 }, logger);
    let ran = false;
    work.offer(async () => {
      throw new Error('boom');
    }, '/brief');
    work.offer(async () => {
      ran = true;
    }, '/brief');
    await work.idle();
    expect(ran).toBe(true);
    expect(lines.find((l) => l.msg === 'slack: work after the ack failed')).toMatchObject({ what: '/brief', err: { message: 'boom' } });
  });
});
