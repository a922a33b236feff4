import { messages } from '../src/core/messages/index.js';
import { startFakeSlackWebApi } from '../test/fakes/slack-web-api.js';

/**
 * The fake Slack Web API of the burst bench, in its own process (forked by bench/burst.ts), so that serving
 * users.info and 2,000 response_url posts never delays the load generator's timing of acks. Sends its URLs once
 * listening; answers each `{ prefix }` message with what the response_urls starting with it received.
 */
export interface AnswerCount {
  /** Distinct response_urls posted to. */
  delivered: number;
  /** Of those posts, how many were the "too busy" notice. */
  busy: number;
  /** Posts beyond the first to the same response_url. */
  duplicates: number;
}

const api = await startFakeSlackWebApi();
const tooBusy = messages('en').ui.tooBusy;
process.send?.({ apiUrl: api.apiUrl, responseBase: api.responseUrl('') });
process.on('message', (m: { prefix: string }) => {
  const answers = api.calls.filter((c) => c.method === 'response_url' && c.responseId?.startsWith(m.prefix));
  const delivered = new Set(answers.map((c) => c.responseId)).size;
  const busy = answers.filter((c) => String(c.body.text).includes(tooBusy)).length;
  process.send?.({ delivered, busy, duplicates: answers.length - delivered } satisfies AnswerCount);
});
process.on('disconnect', () => void api.close().then(() => process.exit(0)));
