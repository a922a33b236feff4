import { describe, expect, it } from 'vitest';
import { createMetrics } from '../../../src/ops/metrics.js';
import { metricsRoute, readyRoute } from '../../../src/ops/routes.js';
import { startTestBot } from './support/bot.js';

describe('/ready and /metrics where Slack listens', () => {
  for (const mode of ['http', 'socket'] as const) {
    it(`serves them beside /health in ${mode} mode`, async () => {
      const metrics = createMetrics();
      metrics.questions.inc({ platform: 'slack', outcome: 'answered' });
      const readiness = { facts: true, store: false };
      const bot = await startTestBot({ mode, routes: [readyRoute(() => readiness), metricsRoute(metrics.registry)] });
      try {
        const url = `http://127.0.0.1:${bot.slack.port}`;
        expect((await fetch(`${url}/ready`)).status).toBe(503);
        readiness.store = true;
        expect(await (await fetch(`${url}/ready`)).json()).toEqual({ ready: true, facts: true, store: true });
        const scrape = await fetch(`${url}/metrics`);
        expect(scrape.headers.get('content-type')).toContain('text/plain');
        expect(await scrape.text()).toContain('bot_questions_total{platform="slack",outcome="answered"} 1');
        expect((await fetch(`${url}/health`)).status).toBe(200);
      } finally {
        await bot.close();
      }
    });
  }
});
