import { Agent, request } from 'node:http';
import { signature } from '../test/adapters/slack/support/signed.js';

/** One burst's acks: how long each took (ms) and its HTTP status. */
export interface BurstAcks {
  ms: number[];
  statuses: Map<number, number>;
}

/**
 * Sends `bodies` as signed Slack POSTs to `url`, `concurrency` at a time, over keep-alive `node:http` (cheaper
 * for the client than fetch, so more of the machine is left to the server measured). Each ack is timed from
 * the request being written to its answer fully read.
 */
export async function burst(url: string, bodies: readonly string[], secret: string, concurrency: number): Promise<BurstAcks> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const target = new URL(url);
  const ms: number[] = [];
  const statuses = new Map<number, number>();
  let next = 0;

  const one = (body: string) =>
    new Promise<void>((resolve) => {
      const timestamp = Math.floor(Date.now() / 1000);
      const started = performance.now();
      const req = request(
        target,
        {
          method: 'POST',
          agent,
          headers: {
            'content-type': 'application/x-www-form-urlencoded',
            'content-length': Buffer.byteLength(body),
            'x-slack-request-timestamp': String(timestamp),
            'x-slack-signature': signature(secret, timestamp, body),
          },
        },
        (res) => {
          res.resume();
          res.on('end', () => {
            ms.push(performance.now() - started);
            statuses.set(res.statusCode ?? 0, (statuses.get(res.statusCode ?? 0) ?? 0) + 1);
            resolve();
          });
        },
      );
      req.on('error', () => {
        ms.push(performance.now() - started);
        statuses.set(0, (statuses.get(0) ?? 0) + 1);
        resolve();
      });
      req.end(body);
    });

  async function worker(): Promise<void> {
    while (next < bodies.length) await one(bodies[next++] as string);
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  agent.destroy();
  return { ms, statuses };
}
