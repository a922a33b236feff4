import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Services } from '../commands/command.js';
import { commands } from '../commands/index.js';
import { startSlack } from '../src/adapters/slack/index.js';
import { form, slashCommand } from '../test/adapters/slack/support/payloads.js';
import { postSigned, SIGNING_SECRET } from '../test/adapters/slack/support/signed.js';
import { FAKE_TOKENS, startFakeSlackWebApi } from '../test/fakes/slack-web-api.js';
import { benchLogger, measureRounds, type RoundPlan, type Series } from './adapters-rounds.js';

/**
 * `/brief <question>` over HTTP, signed, through real Bolt in HTTP mode, with the shared commands on the given
 * engine, against the fake Slack Web API on 127.0.0.1. Two numbers per round, both from the moment the request
 * is sent: the ack (the HTTP answer to Slack's POST) and the answer (the fake receiving the response_url post).
 */
export async function benchSlack(services: Services, questions: readonly string[], plan: RoundPlan): Promise<Series[]> {
  const api = await startFakeSlackWebApi();
  const slack = await startSlack({
    config: { botToken: FAKE_TOKENS.bot, mode: 'http', signingSecret: SIGNING_SECRET, port: 0, apiUrl: api.apiUrl, digestAdmins: [] },
    services,
    commands,
    logger: benchLogger(),
    now: () => new Date(),
  });
  const events = `http://127.0.0.1:${slack.port}/slack/events`;
  try {
    let answered = 0;
    let refused = 0;
    const got = await measureRounds(plan, async (i) => {
      const body = form(slashCommand(questions[i % questions.length] ?? '', api.responseUrl(`r${i}`)));
      const sent = performance.now();
      const ack = await postSigned(events, body);
      if (ack.status !== 200) refused += 1;
      answered += 1;
      const answer = (await api.waitFor('response_url', answered)).at(-1);
      return { ack: ack.ms, answer: (answer?.at ?? NaN) - sent };
    });
    return [
      { measure: 'Slack /brief ack (HTTP, signed, Bolt)', samples: got.ack ?? [], note: refused > 0 ? `${refused} not 200` : 'Slack allows 3,000' },
      { measure: 'Slack /brief answer at response_url', samples: got.answer ?? [] },
      { measure: '  baseline: signed POST to a bare HTTP server', samples: await floor(questions, plan) },
    ];
  } finally {
    await slack.stop();
    await api.close();
  }
}

/** The same signed POSTs to a server that only reads the body and answers 200: what loopback HTTP costs. */
async function floor(questions: readonly string[], plan: RoundPlan): Promise<number[]> {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(200).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
  try {
    const got = await measureRounds(plan, async (i) => {
      const ack = await postSigned(url, form(slashCommand(questions[i % questions.length] ?? '', 'http://127.0.0.1:1/response/x')));
      return { ms: ack.ms };
    });
    return got.ms ?? [];
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}
