import { createHmac } from 'node:crypto';

/** The signing secret the test bots are configured with. */
export const SIGNING_SECRET = 'fake-signing-secret';

/** Slack's v0 request signature: `v0=` + HMAC-SHA256 of `v0:<timestamp>:<body>`. */
export function signature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

/** Options for one signed request, as Slack would send it. */
export interface SignedOptions {
  secret?: string;
  /** Seconds since the epoch; defaults to now. */
  timestamp?: number;
  contentType?: string;
  headers?: Record<string, string>;
}

/** POSTs `body` signed like Slack does; resolves with the status, the body and how long the answer took. */
export async function postSigned(url: string, body: string, opts: SignedOptions = {}): Promise<{ status: number; text: string; ms: number }> {
  const timestamp = opts.timestamp ?? Math.floor(Date.now() / 1000);
  const started = performance.now();
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': opts.contentType ?? 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': signature(opts.secret ?? SIGNING_SECRET, timestamp, body),
      ...opts.headers,
    },
    body,
  });
  const text = await res.text();
  return { status: res.status, text, ms: performance.now() - started };
}
