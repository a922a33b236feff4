import type { Engine } from '../core/engine.js';
import type { Platform, Store } from '../store/store.js';
import type { Metrics } from './metrics.js';

/* What feeds the metrics: wrappers around what already passes (no prom-client import here). */

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
