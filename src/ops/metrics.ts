import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * What the bot counts for Prometheus (`GET /metrics`). One registry per process (not prom-client's global one),
 * so two bots in one test process keep their own numbers. main.ts imports this module only when a platform runs:
 * prom-client costs the console's cold start about 50 ms. What feeds the counters is in measure.ts.
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
  // Memory, CPU, event-loop lag and the like, read at each scrape.
  collectDefaultMetrics({ register: registry });
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
