/**
 * HTTP content negotiation for the mock: which of a response's documented media types a request's `Accept` header
 * takes, best first. Each media type gets the quality of the most specific range that matches it (`text/event-stream`
 * before `text/*` before the range of every type); `q=0` refuses it. Linear in the header's length.
 * @see https://www.rfc-editor.org/rfc/rfc9110#name-accept
 */
import type { MediaTypeModel } from '../model/types.js';

/** One media range of an Accept header: `type/subtype` in lower case and its quality. */
interface MediaRange {
  readonly type: string;
  readonly subtype: string;
  readonly q: number;
}

/**
 * The documented media types `accept` takes (quality above 0), the highest quality first and, among equals, in the
 * model's order (JSON first). No header, or one without a single well-formed range, takes every media type.
 */
export function acceptedMedia(contents: readonly MediaTypeModel[], accept: string | undefined): MediaTypeModel[] {
  const ranges = parseAccept(accept ?? '');
  if (ranges.length === 0) return [...contents];
  return contents
    .map((media, index) => ({ media, index, q: quality(ranges, media.mediaType) }))
    .filter(({ q }) => q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map(({ media }) => media);
}

/** The quality `ranges` give `mediaType`: that of the most specific matching range, 0 when none matches. */
function quality(ranges: readonly MediaRange[], mediaType: string): number {
  const [type = '', subtype = ''] = (mediaType.split(';')[0] ?? '').trim().toLowerCase().split('/');
  let best: { specificity: number; q: number } | undefined;
  for (const range of ranges) {
    const specificity = range.type === type && range.subtype === subtype ? 2 : range.type === type && range.subtype === '*' ? 1 : range.type === '*' && range.subtype === '*' ? 0 : -1;
    if (specificity >= 0 && (best === undefined || specificity > best.specificity)) best = { specificity, q: range.q };
  }
  return best?.q ?? 0;
}

/** The ranges of an Accept header; a range that is not `type/subtype` is left out, a quality that is not one counts as 1. */
function parseAccept(accept: string): MediaRange[] {
  const ranges: MediaRange[] = [];
  for (const part of accept.split(',')) {
    const [range = '', ...parameters] = part.split(';');
    const match = /^([a-z0-9!#$%&'*+.^_`|~-]+)\/([a-z0-9!#$%&'*+.^_`|~-]+)$/.exec(range.trim().toLowerCase());
    if (match === null) continue;
    const q = parameters.map((parameter) => /^\s*q\s*=\s*([01](?:\.\d{0,3})?)\s*$/i.exec(parameter)?.[1]).find((value) => value !== undefined);
    ranges.push({ type: match[1]!, subtype: match[2]!, q: q === undefined ? 1 : Math.min(1, Number(q)) });
  }
  return ranges;
}
