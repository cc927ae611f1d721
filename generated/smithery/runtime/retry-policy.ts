// Copied from the generator's templates/retry-policy.ts. Do not edit.
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
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const text = headers.get('retry-after');
  if (text === null) return undefined;
  const seconds = Number(text);
  if (text.trim() !== '' && Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** The wait before attempt `attempt + 1`: the server's wish if it gave one, else exponential backoff with jitter; both capped. */
export function retryDelayMs(
  attempt: number,
  requested: number | undefined,
  baseMs: number,
  capMs: number,
): number {
  if (requested !== undefined) return Math.min(requested, capMs);
  const exponential = Math.min(capMs, baseMs * 2 ** (attempt - 1));
  // Jitter in [75%, 100%] keeps clients that failed together from retrying together.
  return exponential * (0.75 + Math.random() * 0.25);
}
