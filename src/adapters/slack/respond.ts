/**
 * Posts to a slash command's or button's `response_url`. Bolt's `respond()` gives up on the first 429 or 5xx;
 * this one honours `Retry-After` and retries a few times, as the Web API client does.
 */
import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';


/** How hard to try a `response_url`. */
export interface RespondPolicy {
  /** Extra attempts after the first. */
  retries: number;
  /** Wait before a retry when Slack gave no Retry-After. */
  retryDelayMs: number;
  /** Longest Retry-After we wait for; a response_url expires after 30 minutes anyway. */
  maxRetryAfterMs: number;
  /** Per-attempt timeout. */
  timeoutMs: number;
}

/** Thrown when every attempt failed. */
export class RespondError extends Error {
  readonly code = 'SLACK_RESPOND_FAILED';
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'RespondError';
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Kept-alive connections per scheme. Plain `node:http` rather than `fetch`: under a burst, fetch's web streams
 * (a ReadableStream per body, a tee per request) cost about as much CPU as answering the question.
 */
const agents = {
  'http:': new HttpAgent({ keepAlive: true, maxSockets: 64 }),
  'https:': new HttpsAgent({ keepAlive: true, maxSockets: 64 }),
} as const;

/** One POST; resolves with the status and Retry-After header, rejects on network errors and timeouts. */
function postOnce(url: URL, payload: string, timeoutMs: number): Promise<{ status: number; retryAfter?: string }> {
  return new Promise((resolve, reject) => {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return reject(new Error(`unsupported protocol ${url.protocol}`));
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const headers = { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(payload) };
    const req = send(url, { method: 'POST', agent: agents[url.protocol], headers }, (res) => {
      res.on('error', reject);
      res.on('end', () => resolve({ status: res.statusCode ?? 0, retryAfter: res.headers['retry-after'] }));
      res.resume();
    });
    const timer = setTimeout(() => req.destroy(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
    req.on('close', () => clearTimeout(timer));
    req.on('error', reject);
    req.end(payload);
  });
}

function retryAfterMs(header: string | undefined, policy: RespondPolicy): number {
  const seconds = Number.parseInt(header ?? '', 10);
  const wanted = Number.isNaN(seconds) ? policy.retryDelayMs : seconds * 1000;
  return Math.min(wanted, policy.maxRetryAfterMs);
}

/**
 * POSTs `body` as JSON to `url`. Retries on 429 (after Retry-After), 5xx and network errors.
 * @example await postToResponseUrl(body.response_url, { response_type: 'ephemeral', text, blocks }, policy)
 */
export async function postToResponseUrl(url: string, body: object, policy: RespondPolicy): Promise<void> {
  const target = new URL(url);
  const payload = JSON.stringify(body);
  let last: RespondError | undefined;
  for (let attempt = 0; attempt <= policy.retries; attempt += 1) {
    let wait = policy.retryDelayMs;
    try {
      const res = await postOnce(target, payload, policy.timeoutMs);
      if (res.status >= 200 && res.status < 300) return;
      last = new RespondError(`response_url answered ${res.status}`, res.status);
      if (res.status !== 429 && res.status < 500) throw last;
      if (res.status === 429) wait = retryAfterMs(res.retryAfter, policy);
    } catch (err) {
      if (err === last) throw err;
      last = new RespondError(`response_url failed: ${err instanceof Error ? err.message : String(err)}`);
    }
    if (attempt < policy.retries) await sleep(wait);
  }
  throw last ?? new RespondError('response_url was not tried');
}
