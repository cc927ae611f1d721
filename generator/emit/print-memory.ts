/**
 * What an earlier generation of the same API printed (schema types, and whole operations), so that a
 * regeneration (watch mode, or a run that kept it in the cache folder) prints only what changed: openapi-typescript's
 * transform, TypeScript's printer and ts-morph's are most of the emit stage's time.
 *
 * A printed type depends on the schema node printed, its pointer (openapi-typescript reads the path), whether
 * binary strings print as `Blob`, and, through its references, on the components (a reference prints as the
 * component's type name; `allOf` reads a referenced schema's properties; a file part inlines referenced
 * schemas). An operation's text depends on its model and on the document's operation object (its types print
 * the nodes there), and on the components in the same ways. So a type is recalled by the node's JSON text with its
 * pointer and flags, an operation by its model's and its operation object's JSON text, and either only while the
 * document outside `paths` and the component type names are what they were: any change there forgets everything.
 * Nothing that refers anywhere but `#/components/` is recalled. Types printed for an operation (pointers into
 * `paths`) are kept only as part of their operation: keying each of them too cost more than it saved.
 */
import * as crypto from 'node:crypto';
import type { OperationSurface } from './emit-api-surface.js';

/** Helper declarations (such as `WithRequired`) a text needs, as exported text. */
export type Helpers = ReadonlyArray<{ readonly name: string; readonly text: string }>;

/** A schema's printed type: its text, whether it is one object literal, its union members, the helpers it uses. */
export interface PrintedType {
  readonly text: string;
  readonly objectLiteral: boolean;
  /** The union's members one by one, when asked for (declarations) and the type is a union. */
  readonly members?: readonly string[];
  readonly helpers: Helpers;
}

/** An operation as operations.ts and api-surface.json print it. */
export interface PrintedOperation {
  /** Its statements in operations.ts, without the final newline. */
  readonly text: string;
  /** The names its text refers to, for the file's imports. */
  readonly names: readonly string[];
  readonly surface: OperationSurface;
  readonly helpers: Helpers;
}

/** How to print a schema, as far as its text depends on it. */
export interface PrintRequest {
  readonly pointer: string;
  readonly binaryAsBlob: boolean;
  /** A declaration wants union members one by one. */
  readonly declaration: boolean;
}

/** What one generation may recall, and where it records what it prints. */
export interface RecalledPrints {
  /** The key a print of `node` is remembered under, or undefined when it must not be. */
  keyOf(node: unknown, request: PrintRequest): string | undefined;
  get(key: string): PrintedType | undefined;
  set(key: string, printed: PrintedType): void;
  /** The key an operation (its model, and the document's operation object) is remembered under, if it may be. */
  operationKeyOf(operation: unknown, node: unknown): string | undefined;
  getOperation(key: string): PrintedOperation | undefined;
  setOperation(key: string, printed: PrintedOperation): void;
}

/** A reference that leaves `#/components/`, whose target the context does not cover. */
const FOREIGN_REFERENCE = /"\$ref":"(?!#\/components\/)/;

/** A memory as a file keeps it: the entries the last generation used, under the context they hold in. */
export interface SavedPrintMemory {
  readonly context: string;
  readonly entries: ReadonlyArray<readonly [string, PrintedType]>;
  readonly operations: ReadonlyArray<readonly [string, PrintedOperation]>;
}

/** One kind of remembered print: the entries, and the keys the latest generation used or added. */
class Shelf<T> {
  readonly entries = new Map<string, T>();
  readonly used = new Set<string>();
  recalled = 0;
  printed = 0;

  get(key: string): T | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.recalled++;
      this.used.add(key);
    }
    return value;
  }

  set(key: string, value: T): void {
    this.printed++;
    this.entries.set(key, value);
    this.used.add(key);
  }

  /** What the latest generation used, sorted by key. */
  saved(): Array<readonly [string, T]> {
    return [...this.used].sort().map((key) => [key, this.entries.get(key)!] as const);
  }

  load(entries: unknown, valid: (value: unknown) => value is T): void {
    if (!Array.isArray(entries)) return;
    for (const entry of entries) {
      const [key, value] = Array.isArray(entry) ? entry : [];
      if (typeof key === 'string' && valid(value)) this.entries.set(key, value);
    }
  }

  forget(): void {
    this.entries.clear();
    this.used.clear();
  }

  /** Keeps only what the latest generation used, so a long watch session holds one generation's worth. */
  keepUsed(): void {
    for (const key of this.entries.keys()) if (!this.used.has(key)) this.entries.delete(key);
    this.used.clear();
  }
}

/** What one API's generations printed, kept across them. */
export class PrintMemory {
  private context: string | undefined;
  private readonly types = new Shelf<PrintedType>();
  private readonly operations = new Shelf<PrintedOperation>();
  /** Whether a generation in this process has recalled from this memory. */
  private generated = false;

  /** A memory holding what `saved` holds; anything malformed is left out. */
  static fromSaved(saved: unknown): PrintMemory {
    const memory = new PrintMemory();
    const { context, entries, operations } = (saved ?? {}) as Partial<SavedPrintMemory>;
    if (typeof context !== 'string') return memory;
    memory.context = context;
    memory.types.load(entries, isPrintedType);
    memory.operations.load(operations, isPrintedOperation);
    return memory;
  }

  /** What the latest generation used, for a file; undefined when it used nothing. */
  toSaved(): SavedPrintMemory | undefined {
    if (this.context === undefined || this.types.used.size + this.operations.used.size === 0) return undefined;
    return { context: this.context, entries: this.types.saved(), operations: this.operations.saved() };
  }

  /** How many types and operations are kept. */
  get size(): number {
    return this.types.entries.size + this.operations.entries.size;
  }

  /** Types and operations recalled and printed, over this memory's life (for tests and diagnostics). */
  get counts(): { recalled: number; printed: number; operationsRecalled: number; operationsPrinted: number } {
    return { recalled: this.types.recalled, printed: this.types.printed, operationsRecalled: this.operations.recalled, operationsPrinted: this.operations.printed };
  }

  /**
   * What a generation of `document` (with these component type names) may recall: everything kept, or nothing.
   * `variant` names what else changes printed text (the integrations that are on), so that turning one on forgets.
   */
  recall(document: Readonly<Record<string, unknown>>, names: ReadonlyMap<string, string>, variant = ''): RecalledPrints {
    const { paths: _paths, ...outsidePaths } = document;
    const context = digest(`${JSON.stringify(outsidePaths)}\n${JSON.stringify([...names])}${variant === '' ? '' : `\n${variant}`}`);
    if (context !== this.context) {
      this.types.forget();
      this.operations.forget();
      this.context = context;
    }
    // After a generation in this process, keep only what it used; what a file holds is all from one generation.
    if (this.generated) {
      this.types.keepUsed();
      this.operations.keepUsed();
    }
    this.generated = true;
    const { types, operations } = this;
    return {
      keyOf(node, { pointer, binaryAsBlob, declaration }) {
        if (pointer.startsWith('#/paths/')) return undefined;
        const json = jsonOf(node);
        return json === undefined ? undefined : digest(`type ${binaryAsBlob ? 'b' : '-'}${declaration ? 'd' : '-'}${pointer}\n${json}`);
      },
      get: (key) => types.get(key),
      set: (key, printed) => types.set(key, printed),
      operationKeyOf(operation, node) {
        const model = jsonOf(operation);
        const object = jsonOf(node ?? null);
        return model === undefined || object === undefined ? undefined : digest(`operation\n${model}\n${object}`);
      },
      getOperation: (key) => operations.get(key),
      setOperation: (key, printed) => operations.set(key, printed),
    };
  }
}

/** `value` as JSON text, or undefined when it has none (a cycle) or refers outside the components. */
function jsonOf(value: unknown): string | undefined {
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch {
    return undefined;
  }
  return json === undefined || FOREIGN_REFERENCE.test(json) ? undefined : json;
}

const isString = (value: unknown): value is string => typeof value === 'string';

function isHelpers(value: unknown): value is Helpers {
  return Array.isArray(value) && value.every((helper) => isString(helper?.name) && isString(helper?.text));
}

function isPrintedType(value: unknown): value is PrintedType {
  const printed = value as Partial<PrintedType> | null;
  return (
    typeof printed === 'object' &&
    printed !== null &&
    isString(printed.text) &&
    typeof printed.objectLiteral === 'boolean' &&
    (printed.members === undefined || (Array.isArray(printed.members) && printed.members.every(isString))) &&
    isHelpers(printed.helpers)
  );
}

function isPrintedOperation(value: unknown): value is PrintedOperation {
  const printed = value as Partial<PrintedOperation> | null;
  const surface = printed?.surface as Partial<OperationSurface> | undefined;
  return (
    typeof printed === 'object' &&
    printed !== null &&
    isString(printed.text) &&
    Array.isArray(printed.names) &&
    printed.names.every(isString) &&
    isHelpers(printed.helpers) &&
    typeof surface === 'object' &&
    surface !== null &&
    isString(surface.method) &&
    isString(surface.path) &&
    typeof surface.parameters === 'object' &&
    typeof surface.responses === 'object' &&
    typeof surface.errors === 'object'
  );
}

/** A SHA-1 of `text`: one call where Node has `crypto.hash` (20.12 and later), which costs a tenth of a Hash object. */
const digest: (text: string) => string =
  typeof crypto.hash === 'function' ? (text) => crypto.hash('sha1', text, 'base64') : (text) => crypto.createHash('sha1').update(text).digest('base64');
