/**
 * Types printed by an earlier generation of the same API, so that a regeneration (watch mode, or a run that kept
 * them) prints only the schemas that changed: openapi-typescript's transform and TypeScript's printer are most
 * of the emit stage's time.
 *
 * A printed type depends on the schema node printed, its pointer (openapi-typescript reads the path), whether
 * binary strings print as `Blob`, and, through its references, on the components (a reference prints as the
 * component's type name; `allOf` reads a referenced schema's properties; a file part inlines referenced
 * schemas). So a type is recalled by the node's JSON text with its pointer and flags, and only while the document
 * outside `paths` and the component type names are what they were: any change there forgets everything. A node
 * that refers anywhere but `#/components/` is never recalled.
 */
import { createHash } from 'node:crypto';

/** A schema's printed type: its text, whether it is one object literal, its union members, the helpers it uses. */
export interface PrintedType {
  readonly text: string;
  readonly objectLiteral: boolean;
  /** The union's members one by one, when asked for (declarations) and the type is a union. */
  readonly members?: readonly string[];
  /** Helper declarations (such as `WithRequired`) the type needs, as exported text. */
  readonly helpers: ReadonlyArray<{ readonly name: string; readonly text: string }>;
}

/** How to print a schema, as far as its text depends on it. */
export interface PrintRequest {
  readonly pointer: string;
  readonly binaryAsBlob: boolean;
  /** A declaration wants union members one by one. */
  readonly declaration: boolean;
}

/** The printed types one generation may recall, and the ones it adds. */
export interface RecalledPrints {
  /** The key a print of `node` is remembered under, or undefined when it must not be. */
  keyOf(node: unknown, request: PrintRequest): string | undefined;
  get(key: string): PrintedType | undefined;
  set(key: string, printed: PrintedType): void;
}

/** A reference that leaves `#/components/`, whose target the context does not cover. */
const FOREIGN_REFERENCE = /"\$ref":"(?!#\/components\/)/;

/** A memory as a file keeps it: the entries the last generation used, under the context they hold in. */
export interface SavedPrintMemory {
  readonly context: string;
  readonly entries: ReadonlyArray<readonly [string, PrintedType]>;
}

/** Printed types kept across generations of one API. */
export class PrintMemory {
  private context: string | undefined;
  private readonly entries = new Map<string, PrintedType>();
  /** The keys the latest generation used or added: what is worth saving. */
  private readonly used = new Set<string>();

  /** A memory holding what `saved` holds; anything malformed gives an empty memory. */
  static fromSaved(saved: unknown): PrintMemory {
    const memory = new PrintMemory();
    const { context, entries } = (saved ?? {}) as Partial<SavedPrintMemory>;
    if (typeof context !== 'string' || !Array.isArray(entries)) return memory;
    memory.context = context;
    for (const entry of entries) {
      const [key, printed] = Array.isArray(entry) ? entry : [];
      if (typeof key === 'string' && isPrintedType(printed)) memory.entries.set(key, printed);
    }
    return memory;
  }

  /** The entries the latest generation used, for a file; undefined when it used none. */
  toSaved(): SavedPrintMemory | undefined {
    if (this.context === undefined || this.used.size === 0) return undefined;
    return { context: this.context, entries: [...this.used].sort().map((key) => [key, this.entries.get(key)!] as const) };
  }
  /** Prints recalled and prints made, over this memory's life (for tests and diagnostics). */
  readonly counts = { recalled: 0, printed: 0 };

  /** The prints a generation of `document` (with these component type names) may recall: all of them or none. */
  recall(document: Readonly<Record<string, unknown>>, names: ReadonlyMap<string, string>): RecalledPrints {
    const { paths: _paths, ...outsidePaths } = document;
    const context = digest(`${JSON.stringify(outsidePaths)}\n${JSON.stringify([...names])}`);
    if (context !== this.context) {
      this.entries.clear();
      this.context = context;
    }
    this.used.clear();
    const { entries, counts, used } = this;
    return {
      keyOf(node, { pointer, binaryAsBlob, declaration }) {
        let json: string | undefined;
        try {
          json = JSON.stringify(node);
        } catch {
          return undefined;
        }
        if (json === undefined || FOREIGN_REFERENCE.test(json)) return undefined;
        return digest(`${binaryAsBlob ? 'b' : '-'}${declaration ? 'd' : '-'}${pointer}\n${json}`);
      },
      get(key) {
        const printed = entries.get(key);
        if (printed !== undefined) {
          counts.recalled++;
          used.add(key);
        }
        return printed;
      },
      set(key, printed) {
        counts.printed++;
        entries.set(key, printed);
        used.add(key);
      },
    };
  }

  /** How many printed types are kept. */
  get size(): number {
    return this.entries.size;
  }
}

function isPrintedType(value: unknown): value is PrintedType {
  const printed = value as Partial<PrintedType> | null;
  return (
    typeof printed === 'object' &&
    printed !== null &&
    typeof printed.text === 'string' &&
    typeof printed.objectLiteral === 'boolean' &&
    (printed.members === undefined || (Array.isArray(printed.members) && printed.members.every((member) => typeof member === 'string'))) &&
    Array.isArray(printed.helpers) &&
    printed.helpers.every((helper) => typeof helper?.name === 'string' && typeof helper?.text === 'string')
  );
}

function digest(text: string): string {
  return createHash('sha1').update(text).digest('base64');
}
