import type { Delivery, Subscription } from '../store/store.js';
import { deliver, type DeliverDeps, type DeliverResult } from './deliver.js';
import { latestSlot } from './schedule.js';

/** Knobs of the scheduler; the defaults suit production. */
export interface SchedulerTiming {
  /** How often `start()` runs `tick()`. Slots are posted within this much of their time. */
  pollMs: number;
  /** A slot first claimed later than this after its time is marked late (the process was down). */
  lateAfterMs: number;
  /** A claim not finished after this long is taken to be from a crashed process and taken over, once. */
  staleClaimMs: number;
}

export const DEFAULT_TIMING: SchedulerTiming = { pollMs: 15_000, lateAfterMs: 5 * 60_000, staleClaimMs: 10 * 60_000 };

const DAY = 86_400_000;
/** Pruning runs on the first tick and then at most this often: it is housekeeping, not a schedule. */
const PRUNE_EVERY_MS = 3_600_000;

/** What the scheduler needs: delivery dependencies plus the clock and this process's claim owner id. */
export interface SchedulerDeps extends DeliverDeps {
  now: () => Date;
  owner: string;
  timing: SchedulerTiming;
  /** Votes and abstentions older than this many days are pruned; absent: never pruned. */
  retentionDays?: number;
}

/** One delivery attempted by a tick. */
export type TickResult = DeliverResult & { subscriptionId: string; channelId: string; slot: Date; late: boolean };

/** Runs digests on their schedules. `tick()` does one pass and is what tests call instead of waiting. */
export interface Scheduler {
  /** Ticks now and then every `pollMs`. */
  start(): void;
  /** Stops ticking and waits for a tick in progress. */
  stop(): Promise<void>;
  /** One pass over all subscriptions: claims and posts every slot that is due, retries what failed. */
  tick(): Promise<TickResult[]>;
}

/** Whether a delivery is finished for good: nobody will post or retry it. */
function isSettled(d: Pick<Delivery, 'status' | 'nextAttemptAt'>): boolean {
  return d.status === 'posted' || d.status === 'skipped' || (d.status === 'failed' && d.nextAttemptAt === undefined);
}

/**
 * The delivery of `sub` that this process should attempt now, claimed, or undefined. Only the latest due slot
 * is considered, so after downtime a channel gets one (late) digest, not one per missed slot.
 */
async function claimDue(deps: SchedulerDeps, sub: Subscription, now: Date, settled: Map<string, number>): Promise<Delivery | undefined> {
  const { store, owner, timing } = deps;
  const slot = latestSlot(sub.schedule, sub.timeZone, now);
  if (slot === undefined || slot < sub.startsAt || settled.get(sub.id) === slot.getTime()) return undefined;
  const late = now.getTime() - slot.getTime() > timing.lateAfterMs;
  const existing = await store.findDelivery(sub.id, slot);
  if (existing === undefined) return store.claim({ subscriptionId: sub.id, slot, owner, at: now, late });
  if (isSettled(existing)) settled.set(sub.id, slot.getTime());
  if (existing.status === 'failed' && existing.nextAttemptAt !== undefined && existing.nextAttemptAt <= now) {
    return store.reclaim(existing, owner, now, false);
  }
  const stale = now.getTime() - existing.claimedAt.getTime() >= timing.staleClaimMs;
  if (existing.status === 'claimed' && stale && existing.attempts < deps.retry.maxAttempts) {
    deps.logger.warn({ subscription: sub.id, slot, claimedBy: existing.claimedBy }, 'digest: taking over a stale claim (its process stopped before posting)');
    return store.reclaim(existing, owner, now, true);
  }
  return undefined;
}

/**
 * A scheduler over the store. Several processes may run one each against the same PostgreSQL: a slot is
 * claimed by a unique row before posting, so exactly one of them posts it.
 * @example const scheduler = createScheduler({ ...deps, now: () => new Date(), owner, timing: DEFAULT_TIMING }); scheduler.start();
 */
export function createScheduler(deps: SchedulerDeps): Scheduler {
  const log = deps.logger;
  let running: Promise<TickResult[]> | undefined;
  let timer: NodeJS.Timeout | undefined;
  // Slots known to be finished, by subscription: spares the store a query per subscription per tick.
  const settled = new Map<string, number>();

  async function one(sub: Subscription, now: Date): Promise<TickResult | undefined> {
    const delivery = await claimDue(deps, sub, now, settled);
    if (delivery === undefined) return undefined;
    const result = await deliver(deps, sub, delivery, now);
    if (result.outcome !== 'failed' || result.gaveUp) settled.set(sub.id, delivery.slot.getTime());
    return { ...result, subscriptionId: sub.id, channelId: sub.channelId, slot: delivery.slot, late: delivery.late };
  }

  let prunedAt: number | undefined;
  async function prune(now: Date): Promise<void> {
    if (deps.retentionDays === undefined) return;
    if (prunedAt !== undefined && now.getTime() - prunedAt < PRUNE_EVERY_MS) return;
    prunedAt = now.getTime();
    try {
      const removed = await deps.store.pruneBefore(new Date(now.getTime() - deps.retentionDays * DAY));
      if (removed > 0) log.info({ removed, retentionDays: deps.retentionDays }, 'feedback: pruned old votes and unanswered questions');
    } catch (err) {
      log.warn({ err }, 'feedback: pruning failed; will try again next hour');
    }
  }

  async function pass(): Promise<TickResult[]> {
    const now = deps.now();
    await prune(now);
    const subs = await deps.store.listSubscriptions();
    const settled = await Promise.allSettled(subs.map((sub) => one(sub, now)));
    const results: TickResult[] = [];
    settled.forEach((s, i) => {
      if (s.status === 'fulfilled') {
        if (s.value !== undefined) results.push(s.value);
      } else {
        log.error({ err: s.reason, subscription: subs[i]?.id }, 'digest: scheduling a subscription failed');
      }
    });
    return results;
  }

  const scheduler: Scheduler = {
    tick() {
      running ??= pass().finally(() => (running = undefined));
      return running;
    },
    start() {
      if (timer !== undefined) return;
      const run = () => void scheduler.tick().catch((err: unknown) => log.error({ err }, 'digest: tick failed'));
      timer = setInterval(run, deps.timing.pollMs);
      run();
      log.info({ owner: deps.owner, pollMs: deps.timing.pollMs }, 'digest scheduler started');
    },
    async stop() {
      clearInterval(timer);
      timer = undefined;
      await running?.catch(() => undefined);
    },
  };
  return scheduler;
}
