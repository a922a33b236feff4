import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IDS, messageCreatePayload, slashPayload } from '../../fakes/discord-payloads.js';
import { startHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

const ROUNDS = 60;

function summary(ms: number[]): { p50: number; p95: number; max: number } {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) => Number((sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN).toFixed(1));
  return { p50: at(0.5), p95: at(0.95), max: at(1) };
}

/**
 * Time from the gateway event leaving the fake to the answer arriving at the fake REST API: gateway decode,
 * discord.js, the adapter, the command, rendering, and the HTTP request. Numbers go to stderr for the report.
 */
describe('Discord reply latency against the fake', () => {
  it('answers slash commands far inside the 3 s interaction deadline, without deferring', async () => {
    const samples: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const payload = slashPayload('brief', [{ name: 'question', type: 3, value: 'who claimed the attack?' }]);
      const sent = performance.now();
      h.gateway.dispatch('INTERACTION_CREATE', payload);
      const callback = await h.rest.waitFor('POST', new RegExp(`^/interactions/${payload.id}/`));
      expect((callback.body as { type: number }).type).toBe(4);
      samples.push(callback.at - sent);
    }
    const s = summary(samples);
    process.stderr.write(`discord /brief callback latency over ${ROUNDS}: ${JSON.stringify(s)} ms\n`);
    expect(s.max).toBeLessThan(3000);
  });

  it('replies to mentions quickly', async () => {
    const samples: number[] = [];
    const path = new RegExp(`^/channels/${IDS.channel}/messages$`);
    for (let i = 0; i < ROUNDS; i++) {
      // Paced under discord.js's own 50 requests/s global limit, which would otherwise queue the burst.
      await new Promise((r) => setTimeout(r, 25));
      const before = h.rest.find('POST', path).length;
      const sent = performance.now();
      h.gateway.dispatch('MESSAGE_CREATE', messageCreatePayload({ content: `<@${IDS.bot}> toll?`, mentionsBot: true }));
      const reply = await h.rest.waitFor('POST', path, before + 1);
      samples.push(reply.at - sent);
    }
    const s = summary(samples);
    process.stderr.write(`discord mention reply latency over ${ROUNDS}: ${JSON.stringify(s)} ms\n`);
    expect(s.max).toBeLessThan(3000);
  });
});
