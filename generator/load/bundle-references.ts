/**
 * Brings everything a spec refers to in other files into the spec itself, so later stages only ever see local
 * `#/…` references. Schemas (and components) are moved under `components` with their names; other referenced
 * parts (path items, parameters, responses written in their own files) are copied in place.
 * Schema references that point inside another schema (`#/components/schemas/A/properties/b`) or outside
 * `components` are given a component of their own too, so every schema reference names a type.
 * @see https://spec.openapis.org/oas/v3.1.0#relative-references-in-uris
 */
import { dirname, extname, basename, join } from 'node:path';
import { entersSchema, isDataKey } from './data-keys.js';
import { fromPointer, getAtPath, toPointer } from './json-pointer.js';
import type { RawSource, SpecSource } from './read-spec-source.js';
import { SpecError } from './spec-error.js';

const COMPONENT_POINTER = /^\/components\/([^/]+)\/([^/]+)$/;

/** The spec with every reference local, and every file that was read for it. */
export interface BundledSpec {
  readonly source: SpecSource;
  /** Files the spec refers to (the spec's own file not included). */
  readonly files: ReadonlySet<string>;
}

/** Reads a referenced file; the loader passes a cached reader. */
export type ReadRawSource = (file: string) => Promise<RawSource>;

/** Bundles `root`: reads every file it refers to, transitively, then rewrites references. */
export async function bundleReferences(root: SpecSource, read: ReadRawSource): Promise<BundledSpec> {
  const files = new Map<string, RawSource>([[root.file, { file: root.file, value: root.document, locate: root.locate }]]);
  await discoverFiles(root.file, files, read);
  const document = new Bundler(root, files).bundle();
  return {
    source: { file: root.file, document, locate: root.locate },
    files: new Set([...files.keys()].filter((file) => file !== root.file)),
  };
}

/** A Parameter or Header Object: not a schema itself, but holding one. */
function isSchemaHolder(value: unknown): boolean {
  return value !== null && typeof value === 'object' && 'schema' in value && ('in' in value || 'style' in value || 'required' in value);
}

/** The file part of a reference, as written. */
function refFileOf(ref: string): string {
  const hash = ref.indexOf('#');
  return hash === -1 ? ref : ref.slice(0, hash);
}

/** Splits a reference into the file it names (resolved against the referring file) and the pointer. */
function splitReference(ref: string, from: string): { file: string; pointer: string } {
  const hash = ref.indexOf('#');
  const path = hash === -1 ? ref : ref.slice(0, hash);
  const pointer = hash === -1 ? '' : ref.slice(hash + 1);
  return { file: path === '' ? from : join(dirname(from), decodeURI(path)), pointer };
}

/** Calls `visit` for each `$ref` string under `value`, with the pointer segments where it stands. */
function forEachReference(value: unknown, segments: string[], inSchema: boolean, visit: (ref: string, segments: string[]) => void): void {
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    value.forEach((item, index) => forEachReference(item, [...segments, String(index)], inSchema, visit));
    return;
  }
  for (const [key, item] of Object.entries(value)) {
    if (isDataKey(key, inSchema)) continue;
    if (key === '$ref' && typeof item === 'string') visit(item, [...segments, key]);
    else forEachReference(item, [...segments, key], inSchema || entersSchema(key, segments), visit);
  }
}

function declaresDocument(value: unknown): boolean {
  return value !== null && typeof value === 'object' && ('openapi' in value || 'paths' in value || 'components' in value);
}

async function discoverFiles(start: string, files: Map<string, RawSource>, read: ReadRawSource): Promise<void> {
  const queue = [start];
  while (queue.length > 0) {
    const file = queue.shift()!;
    const source = files.get(file)!;
    const pending: Array<{ target: string; ref: string; segments: string[] }> = [];
    // A file other than the spec may be a bare schema: treat its content as schema so `default` there stays data.
    forEachReference(source.value, [], file !== start && !declaresDocument(source.value), (ref, segments) => {
      if (/^[a-z][a-z0-9+.-]*:/i.test(ref)) {
        throw new SpecError(
          `remote reference ${JSON.stringify(ref)} is not supported`,
          [source.locate(segments)],
          'download the referenced document next to the spec and refer to it by a relative path',
        );
      }
      const { file: target } = splitReference(ref, file);
      if (!files.has(target)) pending.push({ target, ref, segments });
    });
    for (const { target, ref, segments } of pending) {
      if (files.has(target)) continue;
      let loaded: RawSource;
      try {
        loaded = await read(target);
      } catch (cause) {
        if (cause instanceof SpecError) throw cause;
        throw new SpecError(
          `$ref ${JSON.stringify(ref)} names a file that cannot be read (${target})`,
          [source.locate(segments)],
          'check the relative path: it is resolved against the folder of the file that holds the $ref',
        );
      }
      files.set(target, loaded);
      queue.push(target);
    }
  }
}

class Bundler {
  private readonly document: Record<string, unknown>;
  private readonly components: Record<string, Record<string, unknown>>;
  /** Where each moved target now lives, by `file#pointer`. */
  private readonly moved = new Map<string, string>();
  /** Targets being copied in place, to catch a part that contains itself. */
  private readonly inlining = new Set<string>();

  constructor(
    private readonly root: SpecSource,
    private readonly files: ReadonlyMap<string, RawSource>,
  ) {
    this.document = structuredClone(root.document);
    const components = (this.document.components ??= {}) as Record<string, Record<string, unknown>>;
    this.components = components;
  }

  bundle(): Record<string, unknown> {
    // Only the spec's own components are rewritten here; parts moved in from other files are rewritten as they move.
    const own = Object.entries(this.components).map(([section, entries]) => [section, Object.keys(entries ?? {})] as const);
    for (const [key, value] of Object.entries(this.document)) {
      if (key === 'components') continue;
      this.document[key] = this.rewrite(value, this.root.file, [key], false);
    }
    for (const [section, names] of own) {
      const entries = this.components[section]!;
      // Examples are data: a `$ref` inside an example's value is part of the example.
      if (entries === null || typeof entries !== 'object' || isDataKey(section, false)) continue;
      for (const name of names) {
        entries[name] = this.rewrite(entries[name], this.root.file, ['components', section, name], section === 'schemas');
      }
    }
    return this.document;
  }

  private rewrite(value: unknown, file: string, segments: string[], inSchema: boolean): unknown {
    if (value === null || typeof value !== 'object') return value;
    if (Array.isArray(value)) return value.map((item, index) => this.rewrite(item, file, [...segments, String(index)], inSchema));
    const record = value as Record<string, unknown>;
    if (typeof record.$ref === 'string') return this.rewriteReference(record, file, segments, inSchema);
    const result: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(record)) {
      if (isDataKey(key, inSchema)) {
        result[key] = item;
        continue;
      }
      const childInSchema = inSchema || entersSchema(key, segments);
      result[key] = this.rewrite(item, file, [...segments, key], childInSchema);
    }
    return result;
  }

  private rewriteReference(record: Record<string, unknown>, file: string, segments: string[], inSchema: boolean): unknown {
    const ref = record.$ref as string;
    const { $ref: _ref, ...siblings } = record;
    const target = splitReference(ref, file);
    const isLocalToRoot = target.file === this.root.file;
    const component = COMPONENT_POINTER.exec(target.pointer);
    // A reference to the spec's own components stays (in a schema: to a schema), made local if written with a file.
    if (isLocalToRoot && (!inSchema || component?.[1] === 'schemas')) {
      return refFileOf(ref) === '' ? record : { ...record, $ref: `#${target.pointer}` };
    }

    const source = this.files.get(target.file)!;
    const resolved = getAtPath(source.value, fromPointer(`#${target.pointer}`));
    if (resolved === undefined) {
      const from = this.files.get(file)!;
      throw new SpecError(
        `$ref ${JSON.stringify(ref)} points at nothing${target.file !== file ? ` in ${target.file}` : ''}`,
        [from.locate([...segments, '$ref'])],
        'check the file name and the JSON pointer after #',
      );
    }
    let targetSegments = fromPointer(`#${target.pointer}`);
    if (inSchema && isSchemaHolder(resolved)) {
      // A schema position that refers to a parameter or header means that object's schema.
      targetSegments = [...targetSegments, 'schema'];
      return this.rewriteReference({ ...record, $ref: `${target.file === file ? '' : refFileOf(ref)}#${toPointer(targetSegments)}` }, file, segments, inSchema);
    }
    if (inSchema || component) {
      const section = inSchema ? 'schemas' : component![1]!;
      const local = this.move(source, target.pointer, targetSegments, resolved, section, inSchema);
      return { $ref: local, ...this.rewriteSiblings(siblings, file, segments, inSchema) };
    }
    const key = `${target.file}#${target.pointer}`;
    if (this.inlining.has(key)) {
      throw new SpecError(`$ref ${JSON.stringify(ref)} includes itself`, [this.files.get(file)!.locate([...segments, '$ref'])]);
    }
    this.inlining.add(key);
    const copied = this.rewrite(resolved, target.file, targetSegments, false);
    this.inlining.delete(key);
    return copied !== null && typeof copied === 'object' && !Array.isArray(copied)
      ? { ...copied, ...this.rewriteSiblings(siblings, file, segments, inSchema) }
      : copied;
  }

  private rewriteSiblings(siblings: Record<string, unknown>, file: string, segments: string[], inSchema: boolean): Record<string, unknown> {
    return this.rewrite(siblings, file, segments, inSchema) as Record<string, unknown>;
  }

  /** Moves a referenced part under `components/<section>`, once per target, and returns its local reference. */
  private move(source: RawSource, pointer: string, segments: string[], value: unknown, section: string, inSchema: boolean): string {
    const key = `${source.file}#${pointer}`;
    const existing = this.moved.get(key);
    if (existing) return existing;
    const entries = (this.components[section] ??= {});
    const base = segments.at(-1) ?? basename(source.file, extname(source.file));
    let name = base;
    for (let n = 2; Object.prototype.hasOwnProperty.call(entries, name); n++) name = `${base}${n}`;
    const local = `#${toPointer(['components', section, name])}`;
    this.moved.set(key, local);
    entries[name] = {};
    entries[name] = this.rewrite(value, source.file, segments, inSchema);
    return local;
  }
}
