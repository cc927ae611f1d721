// @ts-nocheck
// Copied from the generator's templates/retry-policy.ts, which the generator type-checks. Do not edit.
/** When and how long to wait before trying a request again. */

/** True when a request may be sent again without risking a second effect: an idempotent method (RFC 9110 §9.2.2), or an Idempotency-Key. */
export function mayRetry(method: string, headers: Headers): boolean {
  return /^(GET|HEAD|OPTIONS|PUT|DELETE)$/.test(method) || headers.has('Idempotency-Key');
}

/** True for statuses a later attempt may turn into a success: timeout, rate limit, and the gateway errors of a passing outage. */
export function isRetryableStatus(status: number): boolean {
  return [408, 429, 502, 503, 504].includes(status);
}

/**
 * The server's requested wait in milliseconds, from `retry-after-ms`, or `Retry-After` as seconds or an HTTP date;
 * undefined when absent or unreadable.
 * @see https://www.rfc-editor.org/rfc/rfc9110#field.retry-after
 */
export function retryAfterMs(headers: Headers, now: number): number | undefined {
  const ms = Number(headers.get('retry-after-ms') ?? NaN);
  if (Number.isFinite(ms) && ms > 0) return ms;
  const text = headers.get('retry-after')?.trim();
  if (!text) return undefined;
  // Delay-seconds is a non-negative integer; anything else that is not an HTTP date is ignored.
  if (/^\d+$/.test(text)) return Number(text) * 1000 || undefined;
  // An HTTP date names its weekday (`Wed, 21 Oct 2015 07:28:00 GMT`); Date.parse alone would read `-1` as a year.
  const date = /^[a-z]{3},/i.test(text) ? Date.parse(text) : NaN;
  return date > now ? date - now : undefined;
}

/** No retry starts sooner than this after the last attempt, whatever the server asks or the options say. */
export const RETRY_FLOOR_MS = 10;

/**
 * The wait before attempt `attempt + 1`: the server's wish when it gave a positive one, else exponential backoff
 * with jitter; capped at `capMs`, and never below the floor (so `Retry-After: 0` cannot start a request storm).
 */
export function retryDelayMs(attempt: number, requested: number | undefined, baseMs: number, capMs: number): number {
  // Jitter in [75%, 100%] keeps clients that failed together from retrying together.
  const wait = requested ?? Math.min(capMs, baseMs * 2 ** (attempt - 1)) * (0.75 + Math.random() * 0.25);
  return Math.max(RETRY_FLOOR_MS, Math.min(wait, capMs));
}
