/**
 * Posts to a slash command's or button's `response_url`. Bolt's `respond()` gives up on the first 429 or 5xx;
 * this one honours `Retry-After` and retries a few times, as the Web API client does.
 */

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

function retryAfterMs(res: Response, policy: RespondPolicy): number {
  const seconds = Number.parseInt(res.headers.get('retry-after') ?? '', 10);
  const wanted = Number.isNaN(seconds) ? policy.retryDelayMs : seconds * 1000;
  return Math.min(wanted, policy.maxRetryAfterMs);
}

/**
 * POSTs `body` as JSON to `url`. Retries on 429 (after Retry-After), 5xx and network errors.
 * @example await postToResponseUrl(body.response_url, { response_type: 'ephemeral', text, blocks }, policy)
 */
export async function postToResponseUrl(url: string, body: object, policy: RespondPolicy): Promise<void> {
  let last: RespondError = new RespondError('response_url was not tried');
  for (let attempt = 0; attempt <= policy.retries; attempt += 1) {
    let wait = policy.retryDelayMs;
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(policy.timeoutMs),
      });
      await res.body?.cancel();
      if (res.ok) return;
      last = new RespondError(`response_url answered ${res.status}`, res.status);
      if (res.status !== 429 && res.status < 500) throw last;
      if (res.status === 429) wait = retryAfterMs(res, policy);
    } catch (err) {
      if (err === last) throw err;
      last = new RespondError(`response_url failed: ${err instanceof Error ? err.message : String(err)}`);
    }
    if (attempt < policy.retries) await sleep(wait);
  }
  throw last;
}
