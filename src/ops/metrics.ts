import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Engine } from '../core/engine.js';
import type { Platform, Store } from '../store/store.js';

/**
 * What the bot counts for Prometheus (`GET /metrics`). One registry per process (not prom-client's global one),
 * so two bots in one test process keep their own numbers.
 */
export interface Metrics {
  readonly registry: Registry;
  /** Questions answered or abstained on, by platform. */
  readonly questions: Counter<'platform' | 'outcome'>;
  /** Time to compose one answer, by platform. */
  readonly answerSeconds: Histogram<'platform'>;
  /** Digest posts, by platform and outcome (posted, failed, skipped); `late` counts posts well after their slot. */
  readonly digests: Counter<'platform' | 'outcome'>;
  readonly digestsLate: Counter<'platform'>;
  /** Store calls that failed, by method. */
  readonly storeErrors: Counter<'method'>;
  /** Work waiting in a queue, where one exists; fed by whoever owns the queue. */
  readonly queueDepth: Gauge<'queue'>;
}

/** @example const metrics = createMetrics(); metrics.questions.inc({ platform: 'slack', outcome: 'answered' }); */
export function createMetrics(): Metrics {
  const registry = new Registry();
  const registers = [registry];
  return {
    registry,
    questions: new Counter({ name: 'bot_questions_total', help: 'Questions answered or abstained on', labelNames: ['platform', 'outcome'], registers }),
    answerSeconds: new Histogram({
      name: 'bot_answer_seconds',
      help: 'Time to compose one answer',
      labelNames: ['platform'],
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
      registers,
    }),
    digests: new Counter({ name: 'bot_digest_posts_total', help: 'Digest deliveries by outcome (posted, failed, skipped)', labelNames: ['platform', 'outcome'], registers }),
    digestsLate: new Counter({ name: 'bot_digest_late_total', help: 'Digests posted well after their slot', labelNames: ['platform'], registers }),
    storeErrors: new Counter({ name: 'bot_store_errors_total', help: 'Store calls that failed', labelNames: ['method'], registers }),
    queueDepth: new Gauge({ name: 'bot_queue_depth', help: 'Work waiting in a queue', labelNames: ['queue'], registers }),
  };
}

/**
 * The engine as one platform uses it: every `brief` is timed and counted as answered or abstained. The facts
 * are read through, so a reload reaches it.
 */
export function measuredEngine(engine: Engine, platform: Platform, metrics: Metrics): Engine {
  return {
    get core() {
      return engine.core;
    },
    brief(query, options) {
      const stop = metrics.answerSeconds.startTimer({ platform });
      const briefing = engine.brief(query, options);
      stop();
      metrics.questions.inc({ platform, outcome: briefing.answered ? 'answered' : 'abstained' });
      return briefing;
    },
    timeline: (date, options) => engine.timeline(date, options),
    sources: (factId, options) => engine.sources(factId, options),
    about: (options) => engine.about(options),
  };
}

/** The store with every failed call counted under its method name; results and errors pass through unchanged. */
export function measuredStore(store: Store, metrics: Metrics): Store {
  return new Proxy(store, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof value !== 'function') return value;
      const method = String(key);
      return (...args: unknown[]) => {
        const result: unknown = Reflect.apply(value, target, args);
        if (!(result instanceof Promise)) return result;
        return result.catch((err: unknown) => {
          metrics.storeErrors.inc({ method });
          throw err;
        });
      };
    },
  });
}

/** Feeds digest outcomes into the metrics; hand it to `createDigests({ observe })`. */
export function digestObserver(metrics: Metrics) {
  return (ended: { platform: Platform; outcome: string; late: boolean }): void => {
    metrics.digests.inc({ platform: ended.platform, outcome: ended.outcome });
    if (ended.late) metrics.digestsLate.inc({ platform: ended.platform });
  };
}
