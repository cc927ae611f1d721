/**
 * The zod check for a string `format`: zod's own format schemas, each with the options that make it accept what the
 * format's RFC accepts, for the formats where zod has one that does. Other formats (`time`, `uri-reference`,
 * `password`, …) are not checked: a check stricter than the spec would reject answers the API may send.
 * @see https://json-schema.org/draft/2020-12/json-schema-validation#section-7.3
 */
import { text, zod, type ZodCode } from './zod-code.js';

/** Each checked format's schema. */
const FORMATS: Readonly<Record<string, () => ZodCode>> = {
  // RFC 3339 requires an offset or `Z`; zod accepts both only with `offset: true`.
  'date-time': () => zod('iso.datetime', text('{ offset: true }')),
  date: () => zod('iso.date'),
  duration: () => zod('iso.duration'),
  // RFC 5322's shape (quoted local parts, address literals), wider than zod's default email pattern.
  email: () => zod('email', text('{ pattern: z.regexes.rfc5322Email }')),
  // The RFC's syntax, any version and variant: z.uuid() would also check the variant bits, which IDs often lack.
  uuid: () => zod('guid'),
  uri: () => zod('url'),
  url: () => zod('url'),
  iri: () => zod('url'),
  ipv4: () => zod('ipv4'),
  ipv6: () => zod('ipv6'),
  hostname: () => zod('hostname'),
  // OpenAPI's `byte`: base64 (RFC 4648).
  byte: () => zod('base64'),
};

/** The schema for strings of `format`, or undefined when zod.ts does not check the format. */
export function stringFormatSchema(format: unknown): ZodCode | undefined {
  return typeof format === 'string' && Object.prototype.hasOwnProperty.call(FORMATS, format) ? FORMATS[format]!() : undefined;
}
