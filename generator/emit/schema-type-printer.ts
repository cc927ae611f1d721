/**
 * Turns model schemas into TypeScript type text. openapi-typescript does the JSON-Schema-to-TypeScript mapping;
 * this module only points its `$ref`s at our type names and collects the helper types it asks for.
 */
import type { GlobalContext, SchemaObject } from 'openapi-typescript';
import type { Identifier, Node, TypeNode } from 'typescript';
import { transformSchemaObject, typescript as ts } from './required-libraries.js';
import { fromPointer, getAtPath, schemaComponentKey } from '../load/json-pointer.js';
import { writerSafeText } from './writer-safe-text.js';
import type { Helpers, PrintedType, RecalledPrints } from './print-memory.js';
import { componentsReaching } from '../model/components-reaching.js';
import type { ApiModel, JsonSchema } from '../model/types.js';
import type { SchemaTypeOverride } from './integrations/integration.js';

/** Prints schema types for one API; reuse one printer for every file of that API. */
export interface SchemaTypePrinter {
  /** The type of `schema`, as TypeScript text; `pointer` is where the schema lives, such as `#/components/schemas/User`. */
  print(schema: JsonSchema | undefined, pointer: string, options?: PrintOptions): string;
  /**
   * Like `print`, and says whether the type is one object literal (which reads best as an interface); a union's
   * members come printed one by one, for the caller to lay out.
   */
  printDeclaration(schema: JsonSchema, pointer: string): { text: string; objectLiteral: boolean; members?: string[] };
  /** Helper type declarations openapi-typescript asked for (such as `WithRequired`), as exported TypeScript text, sorted. */
  helpers(): Array<{ name: string; text: string }>;
  /** Adds helpers that recalled text uses (see PrintMemory). */
  addHelpers(helpers: Helpers): void;
  /** The helpers known so far that `text` names: what it must bring along when recalled (see PrintMemory). */
  helpersIn(text: string): Helpers;
}

/** How a schema is printed where it travels. */
export interface PrintOptions {
  /** Print `format: binary` strings (and 3.1 `contentMediaType` strings) as `Blob`: for file parts of a multipart body. */
  readonly binaryAsBlob?: boolean;
}

/**
 * Creates the printer; refs to `#/components/schemas/<key>` print as the schema model's type name. With
 * `remembered` (from an earlier generation of the same API), a schema printed then is not printed again (see
 * PrintMemory). `schemaType` is the integrations' hook (see Integration.schemaType), asked of schemas of one type.
 */
export function createSchemaTypePrinter(
  model: ApiModel,
  remembered?: RecalledPrints,
  schemaType?: (schema: Readonly<Record<string, unknown>>) => SchemaTypeOverride | undefined,
): SchemaTypePrinter {
  const names = schemaTypeNames(model);
  // transformSchemaObject only reads the document (the discriminator scan that patches it belongs to openapiTS,
  // which is not called), so it reads the model's own.
  const document = model.document as Record<string, unknown>;
  const footer: Node[] = [];
  /** Helper declarations by name, printed as openapi-typescript adds them to the footer. */
  const helperTexts = new Map<string, string>();
  const addHelpers = (helpers: Helpers) => {
    for (const helper of helpers) helperTexts.set(helper.name, helper.text);
  };
  // openapi-typescript adds a helper to the footer once, for the first type that uses it: a text remembers every
  // helper it names, so that it brings them when recalled without that first type.
  const helpersIn = (text: string): Helpers => [...helperTexts].filter(([name]) => namesIdentifier(text, name)).map(([name, declaration]) => ({ name, text: declaration }));
  let binaryAsBlob = false;
  const resolve = (ref: string): unknown => getAtPath(document, fromPointer(ref));
  /** Component schemas being printed in place (see `transform`), so a recursive one stops at a reference. */
  const inlining = new Set<string>();
  const binaryComponents = componentsReaching(((document.components as Record<string, unknown> | undefined)?.schemas ?? {}) as Record<string, unknown>, isBinaryString);
  const holdsBinary = (key: string) => binaryComponents.has(key);
  const ctx: GlobalContext = {
    additionalProperties: false,
    alphabetize: false,
    arrayLength: false,
    // A default makes a field optional to send, not guaranteed to arrive: keep `?`.
    defaultNonNullable: false,
    // No discriminator patching by openapi-typescript: it writes a member's name over the member's own enum
    // (`type: 'Other'` where the spec says `enum: [other.thing]`). applyDiscriminators narrows unions instead.
    discriminators: { objects: {}, refsHandled: [] },
    // `type: object` with no properties allows any object: `Record<string, unknown>`, not `Record<string, never>`.
    emptyObjectsUnknown: true,
    enum: false,
    enumValues: false,
    conditionalEnums: false,
    dedupeEnums: false,
    excludeDeprecated: false,
    exportType: false,
    immutable: false,
    injectFooter: footer,
    pathParamsAsTypes: false,
    postTransform: (type) => renameReference(type, names) ?? parenthesizeArrayElement(type),
    propertiesRequiredByDefault: false,
    redoc: undefined as never,
    silent: true,
    // Properties that are `$ref`s bypass postTransform in openapi-typescript; this hook sees them.
    transform: (schema) => {
      const ref = (schema as { $ref?: unknown }).$ref;
      if (typeof ref === 'string') {
        // A file part behind a reference: print the referenced schema in place, so its binary fields are `Blob` too.
        const key = schemaComponentKey(ref);
        if (binaryAsBlob && key !== undefined && !inlining.has(key) && holdsBinary(key)) {
          inlining.add(key);
          try {
            return transformSchemaObject(resolve(ref) as SchemaObject, { path: ref, ctx });
          } finally {
            inlining.delete(key);
          }
        }
        return referenceType(ref, names);
      }
      if (binaryAsBlob && isBinaryString(schema as Record<string, unknown>)) return ts.factory.createTypeReferenceNode('Blob');
      // Only a single type: openapi-typescript prints each type of a list (`[string, null]`) on its own, asking again.
      const custom = schemaType && typeof (schema as { type?: unknown }).type === 'string' ? schemaType(schema as Record<string, unknown>) : undefined;
      if (custom !== undefined) return ts.factory.createTypeReferenceNode(custom.type);
      return undefined;
    },
    transformProperty: undefined,
    resolve: resolve as GlobalContext['resolve'],
    makePathsEnum: false,
    generatePathParams: false,
    readWriteMarkers: false,
    rootTypes: false,
    rootTypesNoSchemaPrefix: false,
    rootTypesKeepCasing: false,
  };
  /** Prints `schema` (or the document's node at `pointer`), or recalls how it printed before. */
  const printNode = (schema: JsonSchema, pointer: string, options: PrintOptions, declaration: boolean): PrintedType => {
    const blob = options.binaryAsBlob === true;
    // Print the document's own node where the pointer finds one.
    const scanned = resolve(pointer);
    let source = scanned !== undefined && typeof scanned === 'object' ? scanned : schema;
    // openapi-typescript prints a top-level `$ref` before any hook sees it: resolve a file part's reference here.
    const topKey = blob ? schemaComponentKey((source as { $ref?: unknown } | null)?.$ref) : undefined;
    if (topKey !== undefined && holdsBinary(topKey)) source = resolve((source as { $ref: string }).$ref) as typeof source;
    const key = remembered?.keyOf(source, { pointer, binaryAsBlob: blob, declaration });
    const recalled = key === undefined ? undefined : remembered!.get(key);
    if (recalled !== undefined) {
      addHelpers(recalled.helpers);
      return recalled;
    }
    const footerBefore = footer.length;
    binaryAsBlob = blob;
    let node: TypeNode;
    try {
      node = transformSchemaObject(source as SchemaObject, { path: pointer, ctx });
    } finally {
      binaryAsBlob = false;
    }
    const text = writerSafeText(printType(node));
    if (text.includes('components[')) {
      throw new Error(`internal error: an unresolved schema reference remains in the type of ${pointer}: ${text.slice(0, 200)}`);
    }
    addHelpers(footer.slice(footerBefore).map(helperOf));
    const helpers = helpersIn(text);
    const printed: PrintedType = declaration && ts.isUnionTypeNode(node)
      ? { text, objectLiteral: false, members: node.types.map((member) => writerSafeText(printType(member))), helpers }
      : { text, objectLiteral: ts.isTypeLiteralNode(node), helpers };
    if (key !== undefined) remembered!.set(key, printed);
    return printed;
  };
  // The same schema is printed for several files (operations, the surface manifest): print it once.
  const printed = new Map<string, string>();
  return {
    print(schema, pointer, options) {
      if (schema === undefined) return 'unknown';
      const key = `${options?.binaryAsBlob ? 'blob:' : ''}${pointer}`;
      const cached = printed.get(key);
      if (cached !== undefined && resolve(pointer) !== undefined) return cached;
      const text = printNode(schema, pointer, options ?? {}, false).text;
      printed.set(key, text);
      return text;
    },
    printDeclaration(schema, pointer) {
      const { text, objectLiteral, members } = printNode(schema, pointer, {}, true);
      // The surface manifest prints the same schema again: let it find this one.
      if (resolve(pointer) !== undefined) printed.set(pointer, text);
      return members === undefined ? { text, objectLiteral } : { text, objectLiteral, members: [...members] };
    },
    addHelpers,
    helpersIn,
    helpers() {
      return [...helperTexts.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([name, text]) => ({ name, text }));
    },
  };
}

/** Each component schema's key with its type name. */
export function schemaTypeNames(model: ApiModel): Map<string, string> {
  return new Map(model.schemas.map((schema) => [schema.key, schema.name]));
}

/** True when `text` holds `name` as a whole identifier. */
function namesIdentifier(text: string, name: string): boolean {
  if (name === '') return false;
  const identifierCharacter = /[\w$]/;
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
    if (!identifierCharacter.test(text[at - 1] ?? '') && !identifierCharacter.test(text[at + name.length] ?? '')) return true;
  }
  return false;
}

/** A helper declaration openapi-typescript put in the footer, as exported text. */
function helperOf(node: Node): { name: string; text: string } {
  const name = (node as { name?: Identifier }).name?.text ?? '';
  const text = name === 'WithRequired' ? WITH_REQUIRED : printType(node);
  return { name, text: text.startsWith('export ') ? text : `export ${text}` };
}

/** One TypeScript printer for every type: openapi-typescript's `astToString` builds a printer and a file per call. */
const typePrinter = ts.createPrinter({ newLine: ts.NewLineKind.LineFeed, removeComments: false });
const emptyFile = ts.createSourceFile('types.ts', '', ts.ScriptTarget.ESNext, false, ts.ScriptKind.TS);

/** Prints a node with two-space indentation, as the rest of a generated file is written. */
function printType(node: Node): string {
  return reindent(typePrinter.printNode(ts.EmitHint.Unspecified, node, emptyFile).trim());
}

/**
 * TypeScript's printer indents by four spaces; lines start with 4k spaces (code) or 4k + 1 (` * ` inside a JSDoc
 * comment). Halving k gives two-space indentation; strings never span lines in type text, so nothing else moves.
 */
function reindent(text: string): string {
  return text.includes('\n') ? text.replace(/^((?: {4})+)/gm, (spaces) => ' '.repeat(spaces.length / 2)) : text;
}

/**
 * openapi-typescript's `WithRequired<T, K extends keyof T>` rejects a nullable `T` (`keyof (X | null)` is `never`).
 * This one makes the keys required on the object members of `T` and leaves `null` (which JSON Schema's `required`
 * does not constrain) as it is.
 */
const WITH_REQUIRED =
  'export type WithRequired<T, K extends PropertyKey> = T extends object ? T & { [P in K & keyof T]-?: Exclude<T[P], undefined> } : T;';

/** A string schema whose content is bytes: `format: binary`, or a 3.1 `contentMediaType` without an encoding. */
export function isBinaryString(schema: Readonly<Record<string, unknown>>): boolean {
  const isString = schema.type === 'string' || (Array.isArray(schema.type) && schema.type.includes('string'));
  return isString && (schema.format === 'binary' || (schema.contentMediaType !== undefined && schema.contentEncoding === undefined));
}

/**
 * openapi-typescript prints an array of a negative number literal as `-1[]`, which does not parse. TypeScript's
 * factory parenthesizes unions and other compound element types itself; a negative literal it leaves alone.
 */
function parenthesizeArrayElement(type: TypeNode): TypeNode | undefined {
  if (!ts.isArrayTypeNode(type) || !ts.isLiteralTypeNode(type.elementType) || !ts.isPrefixUnaryExpression(type.elementType.literal)) return undefined;
  return ts.factory.updateArrayTypeNode(type, ts.factory.createParenthesizedType(type.elementType));
}

/** Rewrites `components["schemas"]["Key"]…` (openapi-typescript's reference form) to `TypeName…`. */
function renameReference(type: TypeNode, names: ReadonlyMap<string, string>): TypeNode | undefined {
  if (!ts.isIndexedAccessTypeNode(type)) return undefined;
  const segments: string[] = [];
  let node: TypeNode = type;
  while (ts.isIndexedAccessTypeNode(node)) {
    const index = node.indexType;
    if (!ts.isLiteralTypeNode(index) || !(ts.isStringLiteral(index.literal) || ts.isNumericLiteral(index.literal))) return undefined;
    segments.unshift(index.literal.text);
    node = node.objectType;
  }
  if (!ts.isTypeReferenceNode(node) || !ts.isIdentifier(node.typeName) || node.typeName.text !== 'components') return undefined;
  return typeForSegments(segments, names);
}

/** The type of a `$ref` to `#/components/schemas/Key[/properties/name…]`, or undefined for other references. */
function referenceType(ref: string, names: ReadonlyMap<string, string>): TypeNode | undefined {
  return typeForSegments(fromPointer(ref), names);
}

function typeForSegments(segments: readonly string[], names: ReadonlyMap<string, string>): TypeNode | undefined {
  if (segments[0] !== 'schemas' && !(segments[0] === 'components' && segments[1] === 'schemas')) return undefined;
  const rest = segments[0] === 'components' ? segments.slice(2) : segments.slice(1);
  const name = rest[0] === undefined ? undefined : names.get(rest[0]);
  if (name === undefined) return undefined;
  return rest
    .slice(1)
    .filter((segment) => segment !== 'properties')
    .reduce<TypeNode>(
      (acc, segment) => ts.factory.createIndexedAccessTypeNode(acc, ts.factory.createLiteralTypeNode(ts.factory.createStringLiteral(segment))),
      ts.factory.createTypeReferenceNode(name),
    );
}
