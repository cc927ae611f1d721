/**
 * Reads one input file (YAML, JSON, or a docs page carrying a fenced spec) into documents that remember line
 * positions, within the limits of `maxSpecBytes` (spec-size-limit.ts): the file's size, and what its YAML aliases
 * stand for (check-yaml-aliases.ts).
 */
import { extname } from 'node:path';
import { createRequire } from 'node:module';
import type * as JsYaml from 'js-yaml';
import type { Document, LineCounter } from 'yaml';
import { findTooDeep, findTooDeepInJson, nestingError } from './check-nesting-depth.js';
import { checkDocumentAliases, checkValueExpansion, mayHoldAliases } from './check-yaml-aliases.js';
import { extractFencedSpecs } from './extract-fenced-specs.js';
import { findJsonError } from './find-json-error.js';
import { toPointer } from './json-pointer.js';
import { lineAndColumnAt } from './line-index.js';
import { FileTooLarge, readTextFile } from './read-text-file.js';
import { DEFAULT_MAX_SPEC_BYTES, formatBytes, RAISE_SIZE_HINT } from './spec-size-limit.js';
import { SpecError, type SourcePosition } from './spec-error.js';
import { yamlLibrary } from './yaml-library.js';
import { clip } from '../report/terminal-text.js';

/** Any parsed YAML or JSON file, OpenAPI document or not (such as a file of schemas that a spec refers to). */
export interface RawSource {
  /** The file as the user names it (relative to the working directory). */
  readonly file: string;
  /** The parsed value. */
  readonly value: unknown;
  /** Returns the position of the value at a JSON pointer's segments, as precisely as the file allows. */
  readonly locate: (segments: readonly string[]) => SourcePosition;
}

/** One OpenAPI document (or fragment) and how to find positions in the file it came from. */
export interface SpecSource {
  readonly file: string;
  /** The parsed document. */
  readonly document: Record<string, unknown>;
  readonly locate: (segments: readonly string[]) => SourcePosition;
}

const DOCS_PAGE_EXTENSIONS = new Set(['.md', '.mdx', '.markdown', '.txt']);
const SPEC_EXTENSIONS = new Set(['.yaml', '.yml', '.json']);

/** True for files the loader reads as specs or docs pages. */
export function isSpecFileName(name: string): boolean {
  const extension = extname(name).toLowerCase();
  return SPEC_EXTENSIONS.has(extension) || DOCS_PAGE_EXTENSIONS.has(extension);
}

/** Parses file contents already in memory into OpenAPI documents; a docs page yields one per fenced spec it carries. */
export function parseSpecText(file: string, text: string): SpecSource[] {
  return parseRawText(file, text).map(checkOpenApi);
}

/** True when a parsed file declares itself an OpenAPI (or Swagger) document rather than a file of parts. */
export function declaresSpec(raw: RawSource): boolean {
  return raw.value !== null && typeof raw.value === 'object' && ('openapi' in raw.value || 'swagger' in raw.value);
}

/**
 * Reads and parses a file the user named (any YAML or JSON file, or a docs page's fenced specs), without requiring
 * it to be OpenAPI; a file larger than `maxSpecBytes` is refused before it is read. Files that a spec refers to are
 * read through SpecRoots instead, which confines them to the spec's roots.
 */
export async function readRawSource(file: string, maxSpecBytes = DEFAULT_MAX_SPEC_BYTES): Promise<RawSource[]> {
  let text: string;
  try {
    text = await readTextFile(file, maxSpecBytes);
  } catch (cause) {
    if (!(cause instanceof FileTooLarge)) throw cause;
    throw new SpecError(
      cause.exact
        ? `the file is ${formatBytes(cause.bytes)}, more than \`maxSpecBytes\` (${formatBytes(maxSpecBytes)})`
        : `the input holds more than \`maxSpecBytes\` (${formatBytes(maxSpecBytes)})`,
      [{ file }],
      RAISE_SIZE_HINT,
    );
  }
  return parseRawText(file, text, maxSpecBytes);
}

/** Parses text into raw sources; see `readRawSource`. `maxSpecBytes` bounds what YAML aliases may stand for. */
export function parseRawText(file: string, text: string, maxSpecBytes = DEFAULT_MAX_SPEC_BYTES): RawSource[] {
  const extension = extname(file).toLowerCase();
  if (DOCS_PAGE_EXTENSIONS.has(extension)) {
    const blocks = extractFencedSpecs(text);
    if (blocks.length === 0) {
      throw new SpecError(
        'this docs page carries no OpenAPI document',
        [{ file }],
        'a docs page must hold a fenced ```yaml or ```json block whose top level starts with `openapi:`',
      );
    }
    return blocks.map((block) => parseDocumentText(file, block.text, block.firstLine - 1, maxSpecBytes));
  }
  if (extension === '.json') return [parseJsonText(file, text)];
  return [parseDocumentText(file, text, 0, maxSpecBytes)];
}

/** JSON.parse is much faster than a YAML parse on large specs; positions come from a YAML parse only when asked for. */
function parseJsonText(file: string, text: string): RawSource {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (cause) {
    // Counted, not split: the text of a minified spec is one line of megabytes.
    const { line, column } = lineAndColumnAt(text, findJsonError(text) ?? 0);
    throw new SpecError(`invalid JSON: ${(cause as Error).message.split('\n')[0]}`, [{ file, line, column }], 'fix the JSON syntax at that place');
  }
  // Past the limit the YAML parse that finds positions would fail too: locate the bracket by a scan of the text.
  if (findTooDeep(document)) throw nestingError({ file, ...findTooDeepInJson(text) });
  // JSON has no aliases: JSON.parse builds a tree no larger than the text.
  let lazy: PositionedDocument | undefined;
  return {
    file,
    value: document,
    locate: (segments) => (lazy ??= parsePositioned(file, text, 0)).locate(segments),
  };
}

/**
 * js-yaml's CommonJS build: openapi-typescript's schema transform loads it too (through Redocly's utilities), so a
 * run holds one copy instead of its ES build besides (10-15 ms of every run).
 */
const jsYaml = createRequire(import.meta.url)('js-yaml') as typeof JsYaml;

/** YAML 1.2's integers (core schema): decimal, `0o` octal, `0x` hex; js-yaml's own int type also reads `0b` binary. */
const coreInt = new jsYaml.Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (data: unknown) => typeof data === 'string' && /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/.test(data),
  construct: (data: string) => (data.startsWith('0o') ? parseInt(data.slice(2), 8) : data.startsWith('0x') ? parseInt(data.slice(2), 16) : Number(data)),
});

/** js-yaml's built-in types (exported, but not declared by its type definitions). */
const { types } = jsYaml as unknown as { types: Record<'null' | 'bool' | 'float', JsYaml.Type> };

/** The YAML 1.2 core schema, as the `yaml` package reads it; no timestamps or other js-yaml extras. */
const CORE_SCHEMA = jsYaml.FAILSAFE_SCHEMA.extend({ implicit: [types.null, types.bool, coreInt, types.float] });

/**
 * Parses YAML the fast way (js-yaml builds no document model, several times faster on a large spec) and keeps the
 * `yaml` package's parse, with positions, for what needs it: a file js-yaml refuses goes to it for the error and its
 * position (or for a value, where only js-yaml balks), and `locate` makes it on first use, as for JSON. A text
 * that may hold a merge key (`<<`) goes to the `yaml` package alone: js-yaml merges what it refuses.
 */
function parseDocumentText(file: string, text: string, lineOffset: number, maxSpecBytes: number): RawSource {
  if (text.includes('<<')) return parseDocumentWithPositions(file, text, lineOffset, maxSpecBytes);
  let value: unknown;
  try {
    value = jsYaml.load(text, { schema: CORE_SCHEMA });
  } catch (cause) {
    return parseDocumentWithPositions(file, text, lineOffset, maxSpecBytes, cause);
  }
  let positioned: PositionedDocument | undefined;
  const locate = (segments: readonly string[]) => (positioned ??= parsePositioned(file, text, lineOffset)).locate(segments);
  // js-yaml shares an anchor's value among its aliases: measured before any walk that would expand them.
  if (mayHoldAliases(text)) checkValueExpansion(value, maxSpecBytes, locate);
  const tooDeep = findTooDeep(value);
  if (tooDeep) throw nestingError(locate(tooDeep));
  return { file, value, locate };
}

/** The `yaml` package's document of a text, with what turns its offsets and pointers into places. */
interface PositionedDocument {
  readonly doc: Document;
  /** The place of a source offset (js-yaml's mark of its refusal when there is no offset). */
  readonly at: (offset: number | undefined) => SourcePosition;
  readonly locate: (segments: readonly string[]) => SourcePosition;
}

/**
 * Parses `text` with the `yaml` package, for positions: no value is built (aliases stay aliases, so this costs
 * the text's size). Throws a SpecError at the first syntax error. `refusal` is js-yaml's error, when it refused
 * the text: its position serves where the `yaml` package has none.
 */
function parsePositioned(file: string, text: string, lineOffset: number, refusal?: unknown): PositionedDocument {
  const yaml = yamlLibrary();
  const lineCounter = new yaml.LineCounter();
  const at = (offset: number | undefined): SourcePosition => {
    if (offset !== undefined) {
      const { line, col } = lineCounter.linePos(offset);
      return { file, line: line + lineOffset, column: col };
    }
    const mark = (refusal as { mark?: { line?: number; column?: number } } | undefined)?.mark;
    return { file, line: (mark?.line ?? 0) + 1 + lineOffset, ...(mark?.column === undefined ? {} : { column: mark.column + 1 }) };
  };
  const doc = yaml.parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true, merge: true });
  const problem = doc.errors[0];
  if (problem) {
    const pos = problem.linePos?.[0];
    // The YAML parser gives up on deep nesting with a stack overflow it reports as a syntax error.
    if (problem.message.includes('Maximum call stack size exceeded')) {
      throw nestingError({ file, line: (pos?.line ?? 1) + lineOffset, ...(pos ? { column: pos.col } : {}) });
    }
    throw new SpecError(
      `invalid YAML: ${problem.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')}`,
      [{ file, line: (pos?.line ?? 1) + lineOffset, column: pos?.col }],
      'fix the YAML syntax at that place',
    );
  }
  return { doc, at, locate: (segments) => locateInYaml(doc, lineCounter, file, segments, lineOffset) };
}

/** Parses `text` with the `yaml` package into a value, its aliases bounded first (see check-yaml-aliases.ts). */
function parseDocumentWithPositions(file: string, text: string, lineOffset: number, maxSpecBytes: number, refusal?: unknown): RawSource {
  const { doc, at, locate } = parsePositioned(file, text, lineOffset, refusal);
  checkDocumentAliases(doc, maxSpecBytes, at, locate);
  let value: unknown;
  try {
    // Aliases are bounded above (count and expanded size), where the package's own count would refuse real specs.
    value = doc.toJS({ maxAliasCount: -1 });
  } catch (cause) {
    // What only building the value finds, such as a merge key (`<<`) whose value is not a mapping.
    throw new SpecError(`invalid YAML: ${clip((cause as Error).message)}`, [at(badMergeKey(doc))], 'fix the YAML at that place');
  }
  const tooDeep = findTooDeep(value);
  if (tooDeep) throw nestingError(locate(tooDeep));
  return { file, value, locate };
}

/** Where the first merge key (`<<`) stands whose value is neither a mapping nor a list of mappings (YAML 1.1 merge). */
function badMergeKey(doc: Document): number | undefined {
  const { isAlias, isMap, isScalar, isSeq, visit } = yamlLibrary();
  let offset: number | undefined;
  const mergeable = (node: unknown) => isMap(node) || isAlias(node);
  visit(doc, {
    Pair(_, pair) {
      // With `merge` on, the parser gives a merge key a symbol for its value; its source still reads `<<`.
      if (!isScalar(pair.key) || pair.key.source !== '<<') return undefined;
      if (mergeable(pair.value) || (isSeq(pair.value) && pair.value.items.every(mergeable))) return undefined;
      offset = pair.key.range?.[0];
      return visit.BREAK;
    },
  });
  return offset;
}

/** Finds the deepest node on the pointer's path that exists, so a missing key still points near it. */
function locateInYaml(
  doc: Document,
  lineCounter: LineCounter,
  file: string,
  segments: readonly string[],
  lineOffset: number,
): SourcePosition {
  const { isNode } = yamlLibrary();
  const pointer = segments.length === 0 ? undefined : toPointer(segments);
  for (let length = segments.length; length >= 0; length--) {
    const node = doc.getIn(segments.slice(0, length), true);
    if (isNode(node) && node.range) {
      const { line, col } = lineCounter.linePos(node.range[0]);
      return { file, line: line + lineOffset, column: col, pointer };
    }
  }
  return { file, pointer };
}

/** Rejects what is not an OpenAPI 3.x document before any later stage sees it. */
export function checkOpenApi(raw: RawSource): SpecSource {
  const { file, value: document, locate } = raw;
  if (document === null || typeof document !== 'object' || Array.isArray(document)) {
    throw new SpecError('the file is not an OpenAPI document (its top level is not a mapping)', [{ file, line: 1 }]);
  }
  const record = document as Record<string, unknown>;
  if ('swagger' in record) {
    throw new SpecError(
      `Swagger ${clip(String(record.swagger))} is not supported; this generator reads OpenAPI 3.0 and 3.1`,
      [locate(['swagger'])],
      'convert the spec to OpenAPI 3 first (for example with swagger2openapi)',
    );
  }
  // An unquoted `openapi: 3.1` is a YAML number.
  const version = typeof record.openapi === 'number' ? record.openapi.toFixed(1) : record.openapi;
  if (typeof version !== 'string' || !/^3\.[01](\.\d+)?$/.test(version)) {
    const at = 'openapi' in record ? locate(['openapi']) : { file, line: 1 };
    throw new SpecError(
      version === undefined ? 'the document has no `openapi` field' : `unsupported OpenAPI version ${clip(JSON.stringify(version))}`,
      [at],
      'the document must start with `openapi: 3.0.x` or `openapi: 3.1.x`',
    );
  }
  return { file, document: record, locate };
}
