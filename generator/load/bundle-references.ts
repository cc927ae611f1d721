/**
 * Brings everything a spec refers to in other files into the spec itself, so later stages only ever see local
 * `#/…` references. Schemas (and components) are moved under `components` with their names; other referenced
 * parts (path items, parameters, responses written in their own files) are copied in place.
 * Schema references that point inside another schema (`#/components/schemas/A/properties/b`) or outside
 * `components` are given a component of their own too, so every schema reference names a type.
 *
 * Files are found first (every `$ref` outside examples and extensions, transitively; a file that cannot be read is
 * only an error where the bundle needs it), then references are rewritten. Moved parts are rewritten from a work
 * list, not by recursion, so chains of thousands of files that refer to each other are safe. Which files may be read
 * at all is SpecRoots' rule, asked before any file is read, and a refusal is reported at the `$ref` that named it.
 * A part copied in place is rewritten once and shared by every reference to it, and the bundled document is
 * measured as the tree it stands for (expanded-size.ts): parts that refer to each other ten times over, ten levels
 * deep, cannot multiply into a document no later stage could walk.
 * @see https://spec.openapis.org/oas/v3.1.0#relative-references-in-uris
 */
import { basename, extname, normalize } from 'node:path';
import { clip, printable } from '../report/terminal-text.js';
import { childKeysAreNames, entersSchema, isDataKey, mayBeMapReference } from './data-keys.js';
import { describeValue, type Diagnostics, quoteSpecText } from './diagnostics.js';
import { enterJsonValue, findOverExpansion } from './expanded-size.js';
import { forEachReference } from './for-each-reference.js';
import { childPath, isComponentsPath, pathOf, segmentsOf, type KeyPath } from './key-path.js';
import { fromPointer, getAtPath, toPointer } from './json-pointer.js';
import { OriginMap, type Locate } from './origin-map.js';
import { hasOwn, ownValue, setOwn } from './own-property.js';
import type { RawSource, SpecSource } from './read-spec-source.js';
import { FileRefused, quoted, type Refusal, type SpecRoots } from './spec-roots.js';
import { formatBytes, maxExpandedSize, RAISE_SIZE_HINT } from './spec-size-limit.js';
import { SpecError, type SourcePosition } from './spec-error.js';

const COMPONENT_POINTER = /^\/components\/([^/]+)\/([^/]+)$/;

/** The spec with every reference local, and every file that was read for it. */
export interface BundledSpec {
  readonly source: SpecSource;
  /** Files the spec refers to (the spec's own file not included). */
  readonly files: ReadonlySet<string>;
}

/** Reads a file `roots` allowed (through `SpecRoots.readFile`); the loader passes a cached reader. */
export type ReadRawSource = (file: string) => Promise<RawSource>;

/**
 * Bundles `root`: reads every file it refers to that `roots` allow, transitively, then rewrites references. The
 * bundled source's `locate` finds moved and copied parts in the files they were written in (see OriginMap); what
 * is read leniently (a `$ref` standing for a whole map) is reported to `diagnostics`.
 */
export async function bundleReferences(root: SpecSource, roots: SpecRoots, read: ReadRawSource, diagnostics: Diagnostics): Promise<BundledSpec> {
  // One spelling per file: `./specs/a.yaml` and `specs/x/../a.yaml` are the same file.
  const rootFile = normalize(root.file);
  const files = new Map<string, RawSource>([[rootFile, { file: root.file, value: root.document, locate: root.locate }]]);
  const unreadable = new Map<string, unknown>();
  await discoverFiles(rootFile, files, unreadable, roots, read);
  const bundler = new Bundler(root, rootFile, files, unreadable, roots, diagnostics);
  const document = bundler.bundle();
  return {
    source: { file: root.file, document, locate: bundler.locate },
    files: new Set([...files.keys()].filter((file) => file !== rootFile).map((file) => files.get(file)!.file)),
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

/**
 * Splits a reference into the file it names (resolved against the referring file, normalised, as `roots` allow)
 * and the pointer, or says why `roots` refuse the file.
 */
function splitReference(ref: string, from: string, roots: SpecRoots): { file: string; pointer: string } | { refusal: Refusal } {
  const hash = ref.indexOf('#');
  const pointer = hash === -1 ? '' : ref.slice(hash + 1);
  if (hash === 0 || ref === '') return { file: from, pointer };
  const target = roots.target(ref, from);
  return 'refusal' in target ? target : { file: target.file, pointer };
}

/** A shallow copy of `record` made of own properties only (`__proto__` included, as an own key). */
function copyOwn(record: Record<string, unknown>): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const key in record) if (hasOwn(record, key)) setOwn(copy, key, record[key]);
  return copy;
}

/** True for `{ $ref: '…' }` with perhaps other keys: a Reference Object, or a map written as one. */
function isReferenceRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && typeof (value as { $ref?: unknown }).$ref === 'string';
}

function declaresDocument(value: unknown): boolean {
  return value !== null && typeof value === 'object' && ('openapi' in value || 'paths' in value || 'components' in value);
}

/**
 * Reads every file reachable by references from `start`. Files that cannot be read are remembered, not reported:
 * the bundler reports one only if a reference it rewrites needs it, at that reference's line.
 */
async function discoverFiles(
  start: string,
  files: Map<string, RawSource>,
  unreadable: Map<string, unknown>,
  roots: SpecRoots,
  read: ReadRawSource,
): Promise<void> {
  const queue = [start];
  for (let next = 0; next < queue.length; next++) {
    const file = queue[next]!;
    const source = files.get(file)!;
    // A file other than the spec may be a bare schema: its `default`, `enum` and `const` are data then.
    const targets = new Set<string>();
    forEachReference(source.value, file !== start && !declaresDocument(source.value), (ref) => {
      // `#…` names the file being read, which is known; a refused file is never read (the bundler reports it).
      const split = splitReference(ref, file, roots);
      if ('refusal' in split) return;
      if (!files.has(split.file) && !unreadable.has(split.file)) targets.add(split.file);
    });
    const loaded = await Promise.all(
      [...targets].map((target) => read(target).then((raw) => ({ target, raw }), (cause: unknown) => ({ target, cause }))),
    );
    for (const result of loaded) {
      if ('raw' in result) {
        files.set(result.target, result.raw);
        queue.push(result.target);
      } else unreadable.set(result.target, result.cause);
    }
  }
}

/** A part moved under `components`, whose own references are rewritten from the work list. */
interface PendingMove {
  readonly entries: Record<string, unknown>;
  readonly name: string;
  readonly value: unknown;
  readonly file: string;
  readonly segments: string[];
  readonly inSchema: boolean;
}

class Bundler {
  private readonly document: Record<string, unknown>;
  private readonly components: Record<string, unknown>;
  /** Where each moved target now lives, by `file#pointer`. */
  private readonly moved = new Map<string, string>();
  /** Moved parts whose content still has to be rewritten. */
  private readonly pending: PendingMove[] = [];
  /** Targets being copied in place, to catch a part that contains itself. */
  private readonly inlining = new Set<string>();
  /** Parts copied in place, rewritten once, by `file#pointer`: every reference to one shares its copy. */
  private readonly copies = new Map<string, unknown>();
  /** Where the moved and copied objects were written. */
  private readonly origins = new OriginMap();
  /** Above 0 while a part that moves or is copied in place is rewritten: then its objects' origins are recorded. */
  private relocating = 0;
  /** Finds a pointer of the bundled document in the file that holds what it points at. */
  readonly locate: Locate;

  constructor(
    private readonly root: SpecSource,
    private readonly rootFile: string,
    private readonly files: ReadonlyMap<string, RawSource>,
    private readonly unreadable: ReadonlyMap<string, unknown>,
    private readonly roots: SpecRoots,
    private readonly diagnostics: Diagnostics,
  ) {
    // Copies of only the objects written to: `rewrite` builds new objects for everything below them, so cloning
    // the whole spec first (seconds and hundreds of MB on large specs) bought nothing.
    this.document = { ...root.document };
    const components = this.document.components;
    if (components === null || typeof components !== 'object' || Array.isArray(components)) {
      if (components !== undefined) throw new SpecError('`components` must be a mapping', [root.locate(['components'])]);
      this.document.components = {};
    }
    this.components = { ...(this.document.components as Record<string, unknown>) };
    this.document.components = this.components;
    for (const [section, entries] of Object.entries(this.components)) {
      if (entries !== null && typeof entries === 'object' && !Array.isArray(entries)) setOwn(this.components, section, { ...entries });
    }
    this.locate = this.origins.locator(this.document, root.locate);
  }

  bundle(): Record<string, unknown> {
    // A section written as a reference to a map of components (`schemas: { $ref: schemas.yaml }`) is that map.
    const referred = new Set<string>();
    for (const [section, entries] of Object.entries(this.components)) {
      if (isDataKey(section, false) || !isReferenceRecord(entries)) continue;
      setOwn(this.components, section, this.rewriteMapReference(entries, this.rootFile, ['components', section], section === 'schemas'));
      referred.add(section);
    }
    // Only the spec's own components are rewritten here; parts moved in from other files are rewritten as they move.
    const own = Object.entries(this.components).filter(([section]) => !referred.has(section)).map(([section, entries]) => [section, entries !== null && typeof entries === 'object' ? Object.keys(entries) : []] as const);
    for (const [key, value] of Object.entries(this.document)) {
      if (key === 'components') continue;
      setOwn(this.document, key, this.rewrite(value, this.rootFile, pathOf([key]), false, false));
    }
    for (const [section, names] of own) {
      const entries = ownValue(this.components, section);
      // Examples are data: a `$ref` inside an example's value is part of the example.
      if (entries === null || typeof entries !== 'object' || Array.isArray(entries) || isDataKey(section, false)) continue;
      for (const name of names) {
        const segments = ['components', section, name];
        setOwn(entries as Record<string, unknown>, name, this.rewrite(ownValue(entries as Record<string, unknown>, name), this.rootFile, pathOf(segments), section === 'schemas', false));
      }
    }
    this.relocating++;
    for (let next = 0; next < this.pending.length; next++) {
      const { entries, name, value, file, segments, inSchema } = this.pending[next]!;
      setOwn(entries, name, this.rewrite(value, file, pathOf(segments), inSchema, false));
    }
    this.relocating--;
    if (this.copies.size > 0) this.checkExpandedSize();
    return this.document;
  }

  /**
   * Refuses a document that the parts copied in place make larger than the limit, as the tree later stages walk.
   * Only copies can multiply a spec (a part referring ten times to a part that refers ten times to another…);
   * without them every value of the bundle was measured as the file that holds it was read.
   */
  private checkExpandedSize(): void {
    const limit = maxExpandedSize(this.roots.maxBytes);
    const over = findOverExpansion(this.document, limit, enterJsonValue);
    if (!over) return;
    if (over.cycle) {
      // A part that contains itself is caught while copying; this is a YAML alias inside its own anchor.
      throw new SpecError('this value contains itself (a YAML alias inside its own anchor)', [this.root.locate(over.path)], 'refer to a component with $ref instead');
    }
    throw new SpecError(
      `with the parts its $refs copy in place, this value would be more than ${formatBytes(limit)} as compact JSON, half of \`maxSpecBytes\` (${formatBytes(this.roots.maxBytes)})`,
      [this.root.locate(over.path)],
      `parts that many references share are copied once per reference unless they are components: move them under components, or ${RAISE_SIZE_HINT}`,
    );
  }

  private source(file: string): RawSource {
    return this.files.get(file)!;
  }

  /**
   * `value` with its references rewritten. What holds no reference to rewrite comes back as it was, not as a copy:
   * the model copies the document anyway (normalizeDocument), and copying a large spec here cost most of this
   * stage's garbage. So an object is copied only once one of its values changes.
   */
  private rewrite(value: unknown, file: string, path: KeyPath | undefined, inSchema: boolean, keysAreNames: boolean): unknown {
    if (value === null || typeof value !== 'object') return value;
    if (Array.isArray(value)) {
      let result: unknown[] | undefined;
      value.forEach((item, index) => {
        const rewritten = this.rewrite(item, file, childPath(path, String(index)), inSchema, false);
        if (rewritten !== item) result ??= value.slice();
        if (result) result[index] = rewritten;
      });
      return this.placed(result ?? value, file, path);
    }
    const record = value as Record<string, unknown>;
    if (typeof record.$ref === 'string') {
      if (!keysAreNames) return this.rewriteReference(record, file, segmentsOf(path), inSchema);
      if (mayBeMapReference(path?.key)) return this.rewriteMapReference(record, file, segmentsOf(path), inSchema);
    }
    let result: Record<string, unknown> | undefined;
    const inComponents = isComponentsPath(path);
    for (const key in record) {
      if (!hasOwn(record, key) || isDataKey(key, inSchema, keysAreNames)) continue;
      const item = record[key];
      if (item === null || typeof item !== 'object') continue;
      const rewritten = this.rewrite(item, file, childPath(path, key), inSchema || entersSchema(key, inComponents), childKeysAreNames(key, keysAreNames));
      if (rewritten === item) continue;
      result ??= copyOwn(record);
      setOwn(result, key, rewritten);
    }
    return this.placed(result ?? record, file, path);
  }

  /** Records where `value` (written at `path` of `file`) came from, when it does not stay where it was written. */
  private placed<T extends object>(value: T, file: string, path: KeyPath | undefined): T {
    if (this.relocating > 0 || file !== this.rootFile) this.origins.record(value, this.source(file).locate, path);
    return value;
  }

  private rewriteReference(record: Record<string, unknown>, file: string, segments: string[], inSchema: boolean): unknown {
    const ref = record.$ref as string;
    const { $ref: _ref, ...siblings } = record;
    const at = () => [this.source(file).locate([...segments, '$ref'])];
    const target = splitReference(ref, file, this.roots);
    if ('refusal' in target) throw new SpecError(`$ref ${quoted(ref)} ${target.refusal.reason}`, at(), target.refusal.hint);
    const isLocalToRoot = target.file === this.rootFile;
    const component = COMPONENT_POINTER.exec(target.pointer);
    // A reference to the spec's own components stays (in a schema: to a schema), made local if written with a file.
    if (isLocalToRoot && (!inSchema || component?.[1] === 'schemas')) {
      return refFileOf(ref) === '' ? record : { ...record, $ref: `#${target.pointer}` };
    }
    const { targetSegments, resolved } = this.resolve(ref, target, file, segments);
    if (inSchema && isSchemaHolder(resolved)) {
      // A schema position that refers to a parameter or header means that object's schema.
      const holder = `${target.file === file ? '' : refFileOf(ref)}#${toPointer([...targetSegments, 'schema'])}`;
      return this.rewriteReference({ ...record, $ref: holder }, file, segments, inSchema);
    }
    if (inSchema || component) {
      const section = inSchema ? 'schemas' : component![1]!;
      const local = this.move(target.file, target.pointer, targetSegments, resolved, section, inSchema);
      return { $ref: local, ...(this.rewrite(siblings, file, pathOf(segments), inSchema, false) as Record<string, unknown>) };
    }
    const copied = this.copy(`${target.file}#${target.pointer}`, ref, at, () => this.rewrite(resolved, target.file, pathOf(targetSegments), false, false));
    return copied !== null && typeof copied === 'object' && !Array.isArray(copied)
      ? { ...copied, ...(this.rewrite(siblings, file, pathOf(segments), inSchema, false) as Record<string, unknown>) }
      : copied;
  }

  /**
   * A reference that stands for a whole map of names (`properties`, `responses`, `parameters`, …), which OpenAPI
   * does not allow but Redocly, Prism and openapi-typescript read: the map it points at is copied in place, its
   * entries read as that map's entries, with a warning; entries written beside the `$ref` win.
   */
  private rewriteMapReference(record: Record<string, unknown>, file: string, segments: string[], inSchema: boolean): unknown {
    const ref = record.$ref as string;
    const { $ref: _ref, ...siblings } = record;
    const at = () => [this.source(file).locate([...segments, '$ref'])];
    const target = splitReference(ref, file, this.roots);
    if ('refusal' in target) throw new SpecError(`$ref ${quoted(ref)} ${target.refusal.reason}`, at(), target.refusal.hint);
    const { targetSegments, resolved } = this.resolve(ref, target, file, segments);
    const map = segments.at(-1) ?? 'map';
    if (resolved === null || typeof resolved !== 'object') {
      throw new SpecError(
        `\`${printable(clip(map, 100))}\` is a $ref to ${describeValue(resolved)}, where a map is expected`,
        at(),
        `write the entries of \`${printable(clip(map, 100))}\` in place, or refer to each entry with its own $ref`,
      );
    }
    const copied = this.copy(`map ${target.file}#${target.pointer}`, ref, at, () =>
      this.rewrite(resolved, target.file, pathOf(targetSegments), inSchema, !Array.isArray(resolved)),
    );
    this.diagnostics.warn(
      `\`${printable(clip(map, 100))}\` is a $ref (${quoteSpecText(ref)}) standing for the whole map, where OpenAPI allows one only in place of an entry`,
      at()[0]!,
      'read the entries of the map it points at',
    );
    if (Array.isArray(copied)) return copied;
    const local = this.rewrite(siblings, file, pathOf(segments), inSchema, true) as Record<string, unknown>;
    return { ...(copied as Record<string, unknown>), ...local };
  }

  /** The part at `target` (named by `ref`, written at `segments` of `file`), or the SpecError saying why there is none. */
  private resolve(ref: string, target: { file: string; pointer: string }, file: string, segments: string[]): { targetSegments: string[]; resolved: unknown } {
    const at = () => [this.source(file).locate([...segments, '$ref'])];
    const source = this.files.get(target.file);
    if (!source) {
      const cause = this.unreadable.get(target.file);
      if (cause instanceof SpecError) throw cause;
      if (cause instanceof FileRefused) throw new SpecError(`$ref ${quoted(ref)} ${cause.reason}`, at(), cause.hint);
      throw new SpecError(
        `$ref ${quoted(ref)} names a file that cannot be read (${printable(target.file)})`,
        at(),
        'check the relative path: it is resolved against the folder of the file that holds the $ref',
      );
    }
    let targetSegments: string[];
    try {
      targetSegments = fromPointer(`#${target.pointer}`);
    } catch {
      throw new SpecError(`$ref ${quoted(ref)} has a malformed JSON pointer`, at(), 'percent-encode the pointer as RFC 6901 and RFC 3986 say (`~0` for ~, `~1` for /)');
    }
    const resolved = getAtPath(source.value, targetSegments);
    if (resolved === undefined) {
      throw new SpecError(`$ref ${quoted(ref)} points at nothing${target.file !== file ? ` in ${printable(source.file)}` : ''}`, at(), 'check the file name and the JSON pointer after #');
    }
    return { targetSegments, resolved };
  }

  /** The copy kept under `key`, made by `make` the first time (a part that contains itself is refused at `ref`). */
  private copy(key: string, ref: string, at: () => SourcePosition[], make: () => unknown): unknown {
    if (this.inlining.has(key)) throw new SpecError(`$ref ${quoted(ref)} includes itself`, at());
    let copied = this.copies.get(key);
    if (copied === undefined) {
      this.inlining.add(key);
      this.relocating++;
      try {
        copied = make();
      } finally {
        this.relocating--;
        this.inlining.delete(key);
      }
      this.copies.set(key, copied);
    }
    return copied;
  }

  /** Gives a referenced part a place under `components/<section>` (once per target) and returns its local reference. */
  private move(file: string, pointer: string, segments: string[], value: unknown, section: string, inSchema: boolean): string {
    const key = `${file}#${pointer}`;
    const existing = this.moved.get(key);
    if (existing) return existing;
    let entries = ownValue(this.components, section) as Record<string, unknown> | undefined;
    if (entries === null || typeof entries !== 'object' || Array.isArray(entries)) {
      entries = {};
      setOwn(this.components, section, entries);
    }
    const base = segments.at(-1) ?? basename(file, extname(file));
    let name = base;
    for (let n = 2; hasOwn(entries, name); n++) name = `${base}${n}`;
    const local = `#${toPointer(['components', section, name])}`;
    this.moved.set(key, local);
    setOwn(entries, name, {});
    this.pending.push({ entries, name, value, file, segments, inSchema });
    return local;
  }
}
