/**
 * Stoplight Prism's known limits: request violations Prism reports where the request is right, each with why it is
 * Prism's and where that is written. The Prism oracle (run-prism-oracle.ts) counts a violation as the client's fault
 * unless one of these explains it, and fails when an entry explains nothing in a run, so the list cannot rot.
 * Links point at Prism 5.16.0, the version pinned in package.json.
 */
import type { MediaTypeModel, OperationModel } from '../../generator/model/types.js';

/** One violation from Prism: where (`['body', 'field']`, `['query', 'name']`, `[]` for the request), its code and message. */
export interface PrismViolation {
  readonly location: readonly string[];
  readonly code: string;
  readonly message: string;
}

/** The call a violation was found on. */
export interface PrismCall {
  readonly operation: OperationModel;
  /** The body's media type, when the call sent one. */
  readonly media: MediaTypeModel | undefined;
  /** The arguments the client was given. */
  readonly args: Readonly<Record<string, unknown>>;
}

/** One known limit. */
export interface KnownLimit {
  readonly id: string;
  readonly reason: string;
  readonly link: string;
  /** Whether this limit explains `violation` on `call`. */
  readonly explains: (violation: PrismViolation, call: PrismCall, document: Record<string, unknown>) => boolean;
}

const PRISM = 'https://github.com/stoplightio/prism/blob/v5.16.0/packages/http/src';

/** The body field a violation is about (`['body', 'field', …]`), and the value the caller gave it. */
function bodyField(violation: PrismViolation, call: PrismCall): { name: string; value: unknown } | undefined {
  if (violation.location[0] !== 'body' || violation.location.length < 2) return undefined;
  const body = call.args.body;
  if (body === null || typeof body !== 'object') return undefined;
  const name = violation.location[1]!;
  return Object.hasOwn(body, name) ? { name, value: (body as Record<string, unknown>)[name] } : undefined;
}

/** The known limits, one entry per cause. */
export const KNOWN_LIMITS: readonly KnownLimit[] = [
  {
    id: 'form-array-as-repeated-keys',
    reason:
      'An array field of an application/x-www-form-urlencoded body is sent, as the Encoding Object\'s default style form with explode true says, ' +
      'as one `name=value` pair per item; Prism splits the body into a map that keeps only the last value of each name (splitUriParams), ' +
      'so it sees one string where the schema wants an array.',
    link: `${PRISM}/validator/validators/body.ts`,
    explains: (violation, call) => call.media?.format === 'form' && Array.isArray(bodyField(violation, call)?.value),
  },
  {
    id: 'multipart-parts-read-as-text',
    reason:
      'Prism reads every multipart/form-data part as a string (parseMultipartFormDataParams: `pair.data.toString()`) and keeps one part per name, ' +
      'whatever the part\'s Content-Type says; an object field (a part holding JSON, Content-Type application/json) or an array field (one part per item) ' +
      'therefore fails its object or array schema.',
    link: `${PRISM}/validator/validators/body.ts`,
    explains: (violation, call) => {
      const field = bodyField(violation, call);
      return call.media?.format === 'multipart' && field !== undefined && field.value !== null && typeof field.value === 'object';
    },
  },
  {
    id: 'falsy-json-body-read-as-missing',
    reason:
      'Prism takes a request body that is JSON `false` (or `0`, `""`, `null`) for no body at all (checkRequiredBodyIsProvided tests `!body`), ' +
      'and reports a required body as missing although the client sent it.',
    link: `${PRISM}/validator/index.ts`,
    explains: (violation, call) => violation.code === 'required' && /body parameter is required/i.test(violation.message) && call.args.body !== undefined && !call.args.body,
  },
];

/** The id of the known limit that explains `violation`, if one does. */
export function knownLimitOf(violation: PrismViolation, call: PrismCall, document: Record<string, unknown>): string | undefined {
  return KNOWN_LIMITS.find((limit) => limit.explains(violation, call, document))?.id;
}
