import type { Fact } from '../types.js';

/**
 * `make`, worked out once per fact: facts never change while an engine holds them, and the memo lets go of a fact
 * when the engine does. For per-fact work that answering would otherwise repeat for every question.
 * @example const lowerText = perFact((f) => f.text.toLowerCase());
 */
export function perFact<T>(make: (fact: Fact) => T): (fact: Fact) => T {
  const memo = new WeakMap<Fact, T>();
  return (fact) => {
    if (memo.has(fact)) return memo.get(fact) as T;
    const value = make(fact);
    memo.set(fact, value);
    return value;
  };
}
