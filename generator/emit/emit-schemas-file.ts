/** Emits `schemas.ts`: one exported type per named schema, documented from the schema's own prose. */
import type { ApiModel, SchemaModel } from '../model/types.js';
import { schemaComponentRef } from '../load/json-pointer.js';
import { docText, jsDoc } from './doc-comment.js';
import type { SchemaTypePrinter } from './schema-type-printer.js';
import { unionLayout } from './layout.js';

/** Statements of `schemas.ts`: an interface for object types, a type alias for everything else. */
export function emitSchemasFile(model: ApiModel, printer: SchemaTypePrinter): string[] {
  const texts = model.schemas.map((schema) => schemaDeclaration(schema, printer));
  // Helpers are known only once every schema is printed.
  texts.push(...printer.helpers().map((helper) => helper.text));
  return texts;
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
