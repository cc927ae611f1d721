/** Recognises the caller's abort signal by what it can do, not by its class. */

/**
 * The signal in `options`, or undefined when there is none: any object with a boolean `aborted` and an
 * `addEventListener` method. A signal from another realm (an iframe, a `vm` context) or from a polyfill is not an
 * `instanceof AbortSignal` here, and must not be ignored for that.
 */
export function callerSignal(options: { readonly signal?: unknown }): AbortSignal | undefined {
  const signal = options.signal as AbortSignal | undefined;
  return typeof signal?.aborted === 'boolean' && typeof signal.addEventListener === 'function' ? signal : undefined;
}
