/** Merges the fragments of one API (one per file or docs page) into one document, refusing any disagreement. */
import { ownValue, setOwn } from './own-property.js';
import { canonicalJson } from './canonical-json.js';
import { toPointer } from './json-pointer.js';
import type { SpecSource } from './read-spec-source.js';
import { SpecError, type SourcePosition } from './spec-error.js';
import { clip } from '../report/terminal-text.js';

/** The merged document and a way back from any pointer to the file that contributed it. */
export interface MergedSpec {
  readonly document: Record<string, unknown>;
  /** The files merged, in the order read. */
  readonly files: readonly string[];
  /** Returns the position of a value in the file it came from. */
  readonly locate: (segments: readonly string[]) => SourcePosition;
}

/** HTTP methods a Path Item may hold. @see https://spec.openapis.org/oas/v3.1.0#path-item-object */
export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
const METHOD_SET = new Set<string>(HTTP_METHODS);

/**
 * Merges `sources` in order: operations under one path merge by method, identical components are kept once,
 * and anything defined twice with different content (or an operation defined twice) stops with a SpecError naming both files.
 */
export function mergeSpecSources(sources: readonly SpecSource[]): MergedSpec {
  const document: Record<string, unknown> = {};
  /** Which source contributed each merged unit, keyed by the unit's pointer. */
  const origins = new Map<string, SpecSource>();
  const first = sources[0];
  if (!first) throw new SpecError('no spec files to merge', []);

  const conflict = (segments: string[], previous: SpecSource, source: SpecSource, what: string, hint: string): never => {
    throw new SpecError(`${what} #${clip(toPointer(segments))}`, [source.locate(segments), previous.locate(segments)], hint);
  };

  /** Adds one unit; an existing unit must say the same thing. */
  const mergeUnit = (segments: string[], value: unknown, source: SpecSource, container: Record<string, unknown>) => {
    const key = segments.at(-1) as string;
    const pointer = toPointer(segments);
    const previous = origins.get(pointer);
    if (previous === undefined) {
      setOwn(container, key, value);
      origins.set(pointer, source);
      return;
    }
    const same =
      segments.length === 1 && key === 'openapi'
        ? majorMinor(container[key]) === majorMinor(value)
        : canonicalJson(ownValue(container, key)) === canonicalJson(value);
    if (!same) {
      conflict(
        segments,
        previous,
        source,
        'the files disagree on',
        'fragments of one API must agree; make both definitions identical, or rename one of them',
      );
    }
  };

  const child = (container: Record<string, unknown>, key: string): Record<string, unknown> => {
    const existing = ownValue(container, key);
    if (existing && typeof existing === 'object') return existing as Record<string, unknown>;
    const created: Record<string, unknown> = {};
    setOwn(container, key, created);
    return created;
  };

  const mergePathItems = (section: string, items: Record<string, unknown>, source: SpecSource) => {
    const target = child(document, section);
    for (const [path, item] of Object.entries(items)) {
      if (!item || typeof item !== 'object') {
        mergeUnit([section, path], item, source, target);
        continue;
      }
      const targetItem = child(target, path);
      for (const [field, value] of Object.entries(item as Record<string, unknown>)) {
        const segments = [section, path, field];
        const previous = origins.get(toPointer(segments));
        if (METHOD_SET.has(field) && previous !== undefined) {
          conflict(
            segments,
            previous,
            source,
            `${field.toUpperCase()} ${path} is defined twice:`,
            'each operation must be defined in one file only; delete one of the two',
          );
        }
        mergeUnit(segments, value, source, targetItem);
      }
    }
  };

  for (const source of sources) {
    for (const [key, value] of Object.entries(source.document)) {
      if ((key === 'paths' || key === 'webhooks') && value && typeof value === 'object') {
        mergePathItems(key, value as Record<string, unknown>, source);
      } else if (key === 'components' && value && typeof value === 'object') {
        const components = child(document, 'components');
        for (const [section, entries] of Object.entries(value as Record<string, unknown>)) {
          if (!entries || typeof entries !== 'object') {
            mergeUnit(['components', section], entries, source, components);
            continue;
          }
          const target = child(components, section);
          for (const [name, entry] of Object.entries(entries as Record<string, unknown>)) {
            mergeUnit(['components', section, name], entry, source, target);
          }
        }
      } else if (key === 'tags' && Array.isArray(value)) {
        // Tags only feed documentation: the first description of a tag wins rather than stopping generation.
        const tags = (document.tags ??= []) as Array<{ name?: unknown }>;
        for (const tag of value as Array<{ name?: unknown }>) {
          if (!tags.some((t) => t.name === tag?.name)) tags.push(tag);
        }
      } else {
        mergeUnit([key], value, source, document);
      }
    }
  }

  const files = [...new Set(sources.map((s) => s.file))];
  const locate = (segments: readonly string[]): SourcePosition => {
    for (let length = segments.length; length > 0; length--) {
      const origin = origins.get(toPointer(segments.slice(0, length)));
      if (origin) return origin.locate(segments);
    }
    return first.locate(segments);
  };
  return { document, files, locate };
}

function majorMinor(version: unknown): string {
  return String(version).split('.').slice(0, 2).join('.');
}
