/**
 * How much one spec may cost to read: `maxSpecBytes` (a setting of the config file's API entry or of client.yaml).
 * No file larger than it is read, and no document may stand for more than half of it as compact JSON once its YAML
 * aliases are written out and the parts its `$ref`s copy in place are copied (see expanded-size.ts).
 *
 * The default, 128 MiB, is well above real specs: GitHub's REST spec is a 13 MB file (6.9 MB as compact JSON); its
 * dereferenced editions, the largest real specs we know, are 63-78 MB files and 31 MB as compact JSON, and generate
 * in about 30 s and 550 MB. Half the limit for the expanded document, 64 MiB of compact JSON, is twice that: a
 * spec file is about twice its compact JSON (indentation), and an alias bomb stops at a cost a real spec could have.
 */

/** The default of `maxSpecBytes`. */
export const DEFAULT_MAX_SPEC_BYTES = 128 * 1024 * 1024;

/** The hint of every refusal for size: the setting that moves the limit, and where it goes. */
export const RAISE_SIZE_HINT =
  'if the spec is genuine, raise `maxSpecBytes` (for example `maxSpecBytes: 256 MiB`) in its API entry of openapi-client.config.yaml or in its client.yaml';

/** The most a document may stand for, in characters of compact JSON, under a given `maxSpecBytes`. */
export function maxExpandedSize(maxSpecBytes: number): number {
  return Math.floor(maxSpecBytes / 2);
}

const UNITS: Readonly<Record<string, number>> = { b: 1, kb: 1e3, mb: 1e6, gb: 1e9, kib: 2 ** 10, mib: 2 ** 20, gib: 2 ** 30 };

/** Reads a size setting: a whole number of bytes, or a number and a unit (`256 MiB`, `200MB`, `1.5 GiB`). */
export function parseByteSize(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value > 0 ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const match = /^\s*(\d+(?:\.\d+)?)\s*([kmg]i?b|b)?\s*$/i.exec(value);
  if (!match) return undefined;
  const bytes = Math.floor(Number(match[1]) * UNITS[(match[2] ?? 'b').toLowerCase()]!);
  return Number.isSafeInteger(bytes) && bytes > 0 ? bytes : undefined;
}

/** A size as people read it: `128 MiB`, `1.5 MiB`, `900 bytes`. */
export function formatBytes(bytes: number): string {
  for (const [unit, size] of [['GiB', 2 ** 30], ['MiB', 2 ** 20], ['KiB', 2 ** 10]] as const) {
    if (bytes >= size) return `${Number((bytes / size).toFixed(1)).toLocaleString('en')} ${unit}`;
  }
  return `${bytes.toLocaleString('en')} bytes`;
}
