/** Emits `schemas.ts`: one exported type per named schema, documented from the schema's own prose. */
import type { ApiModel, SchemaModel } from '../model/types.js';
import { schemaComponentKey, schemaComponentRef } from '../load/json-pointer.js';
import { docText, jsDoc } from './doc-comment.js';
import type { SchemaTypePrinter } from './schema-type-printer.js';
import { unionLayout } from './layout.js';

/** Statements of `schemas.ts`: an interface for object types, a type alias for everything else. */
export function emitSchemasFile(model: ApiModel, printer: SchemaTypePrinter): string[] {
  const longChainTarget = aliasChainTargets(model);
  const texts = model.schemas.map((schema) => {
    const target = longChainTarget.get(schema.key);
    return target === undefined ? schemaDeclaration(schema, printer) : `${jsDoc(docText([`An alias of \`${target}\` (through a chain of aliases too long to spell out).`]))}export type ${schema.name} = ${target};`;
  });
  // Helpers are known only once every schema is printed.
  texts.push(...printer.helpers().map((helper) => helper.text));
  return texts;
}

/** Alias chains longer than this are cut short: `tsc` resolves an alias of an alias recursively, and overflows its stack near a thousand. */
const MAX_ALIAS_CHAIN = 20;

/** A schema that only refers to another (`$ref`, with at most a title, description or deprecation beside it). */
function aliasOf(schema: SchemaModel['schema']): string | undefined {
  if (typeof schema !== 'object' || typeof schema.$ref !== 'string') return undefined;
  if (!Object.keys(schema).every((key) => key === '$ref' || key === 'title' || key === 'description' || key === 'deprecated')) return undefined;
  return schemaComponentKey(schema.$ref);
}

/**
 * For each schema that starts a chain of more than MAX_ALIAS_CHAIN pure aliases, the type name at the chain's end;
 * shorter chains print as written (`Pet = Animal`). Walked iteratively; a chain that loops is left to the printer.
 */
function aliasChainTargets(model: ApiModel): Map<string, string> {
  const byKey = new Map(model.schemas.map((schema) => [schema.key, schema]));
  const targets = new Map<string, string>();
  for (const schema of model.schemas) {
    const seen = new Set<string>([schema.key]);
    let current = schema;
    for (let next = aliasOf(current.schema); next !== undefined && byKey.has(next) && !seen.has(next); next = aliasOf(current.schema)) {
      seen.add(next);
      current = byKey.get(next)!;
    }
    const ended = aliasOf(current.schema) === undefined;
    if (ended && seen.size - 1 > MAX_ALIAS_CHAIN) targets.set(schema.key, current.name);
  }
  return targets;
}

function schemaDeclaration(schema: SchemaModel, printer: SchemaTypePrinter): string {
  const { text, objectLiteral, members } = printer.printDeclaration(schema.schema, schemaComponentRef(schema.key));
  const head = `export type ${schema.name} =`;
  const laidOut = members === undefined ? text : unionLayout(members, head.length + 1);
  const type = laidOut.startsWith('\n') ? laidOut : ` ${laidOut}`;
  const raw = typeof schema.schema === 'object' ? schema.schema : {};
  const doc = docText([
    typeof raw.title === 'string' && raw.title !== schema.name ? raw.title : undefined,
    typeof raw.description === 'string' ? raw.description : undefined,
    raw.deprecated === true && '@deprecated',
  ]);
  const comment = jsDoc(doc);
  // A plain object type reads best as an interface, the way people write such types by hand.
  return objectLiteral
    ? `${comment}export interface ${schema.name} ${text}`
    : `${comment}${head}${type};`;
}
