import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';

/**
 * The floor of the burst bench: `node:http` that reads the body, checks Slack's v0 signature and the five-minute
 * window, and answers 200 (401 otherwise). No work, no answer: what acking costs on this machine.
 */
const secret = process.env.SLACK_SIGNING_SECRET ?? '';

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const ts = Number(req.headers['x-slack-request-timestamp']);
    const given = Buffer.from(String(req.headers['x-slack-signature'] ?? ''));
    const want = Buffer.from(`v0=${createHmac('sha256', secret).update(`v0:${ts}:${Buffer.concat(chunks).toString('utf8')}`).digest('hex')}`);
    const fresh = Math.abs(Date.now() / 1000 - ts) <= 300;
    res.writeHead(fresh && given.length === want.length && timingSafeEqual(given, want) ? 200 : 401).end();
  });
});
server.listen(Number(process.env.PORT), '127.0.0.1');
