/**
 * Emits `zod.ts`: a zod 4 schema for every named schema type (`PetSchema` for `Pet`) and for every operation's
 * parameters and success data (`getPetParamsSchema`, `getPetResponseSchema`), each inferring the type the client
 * declares. Every schema is a named export built inside a `/* @__PURE__ *\/` call, so a bundler keeps the schemas
 * an app imports (and what they refer to) and drops the rest; the module has no other top-level code.
 */
import type { ApiModel } from '../../../model/types.js';
import { componentsReaching } from '../../../model/components-reaching.js';
import { isBinaryString, schemaTypeNames } from '../../schema-type-printer.js';
import { arrow, hasNestedCall, printCode, text, zod, type ZodCode } from './zod-code.js';
import { zodDeclarationOrder } from './zod-declaration-order.js';
import { operationSchemas } from './zod-operation-schemas.js';
import { zodSchema, type ZodSchema, type ZodSchemaContext } from './zod-schema.js';

/**
 * zod 4's own import path: every zod 4 release keeps it (and zod 3.25 already had it), so the file gets zod 4's API
 * whatever the package's root exports, and an older zod fails on the import by name rather than on each call.
 */
export const ZOD_IMPORT = 'zod/v4';

/** The name of the schema of type `name`. */
export function schemaConstName(name: string): string {
  return `${name}Schema`;
}

/** The file's text after `header`. */
export function emitZodFile(model: ApiModel): string {
  const names = schemaTypeNames(model);
  const componentSchemas = ((model.document.components as Record<string, unknown> | undefined)?.schemas ?? {}) as Record<string, unknown>;
  const binary = componentsReaching(componentSchemas, isBinaryString);
  const declared = new Map<string, ZodSchema>();
  const lazilyTyped = new Set<string>();
  const context: ZodSchemaContext = {
    document: model.document,
    names,
    holdsBinary: (key) => binary.has(key),
    reference(key) {
      const name = names.get(key)!;
      const done = declared.get(key);
      // A reference's type is a type reference (node `other`), whatever the schema it names.
      if (done !== undefined) return { code: text(schemaConstName(name)), node: 'other', ...(done.object ? { object: { unknownKeys: done.object.unknownKeys, properties: done.object.properties } } : {}) };
      // Not declared yet (a cycle): typed by the client's own type, which TypeScript needs to infer a recursive schema.
      lazilyTyped.add(name);
      return { code: zod('lazy', arrow(`z.ZodType<${name}>`, text(schemaConstName(name)))), node: 'other' };
    },
  };
  const statements: string[] = [];
  const byKey = new Map(model.schemas.map((schema) => [schema.key, schema]));
  for (const key of zodDeclarationOrder(
    model.schemas.map((schema) => schema.key),
    componentSchemas,
  )) {
    const schema = byKey.get(key)!;
    const walked = zodSchema(schema.schema, context);
    statements.push(declaration(schemaConstName(schema.name), `Checks values of type \`${schema.name}\`.`, walked.code));
    declared.set(key, walked);
  }
  const operationTypes = new Set<string>();
  for (const operation of model.operations) {
    const schemas = operationSchemas(operation, context);
    for (const type of schemas.types) operationTypes.add(type);
    statements.push(declaration(`${operation.name}ParamsSchema`, `Checks the arguments of \`${operation.name}\` (\`${operation.typeName}Params\`).`, schemas.params));
    statements.push(declaration(`${operation.name}ResponseSchema`, `Checks the data of a successful \`${operation.name}\` call (\`${operation.typeName}Response\`).`, schemas.response));
  }
  if (statements.length === 0) return 'export {};\n';
  const imports = [
    `import * as z from "${ZOD_IMPORT}";`,
    ...typeImport([...lazilyTyped], './schemas.js'),
    ...typeImport([...operationTypes], './operations.js'),
  ];
  return `${imports.join('\n')}\n\n${statements.join('\n\n')}\n`;
}

/** `import type { … } from "module";` for `names`, sorted; nothing for none. */
function typeImport(names: readonly string[], module: string): string[] {
  if (names.length === 0) return [];
  return [`import type { ${[...names].sort().join(', ')} } from "${module}";`];
}

/**
 * `export const name = …;`: a call marked pure, wrapped in a pure arrow function when it holds other calls (a
 * bundler keeps the arguments of an unused pure call when they may have effects of their own).
 */
function declaration(name: string, doc: string, code: ZodCode): string {
  const head = `/** ${doc} */\nexport const ${name} = `;
  const used = `export const ${name} = `.length;
  if (code.kind !== 'call') return `${head}${printCode(code, used)};`;
  if (!hasNestedCall(code)) return `${head}/* @__PURE__ */ ${printCode(code, used + 16)};`;
  const flat = printCode(code, used + 25);
  if (!flat.includes('\n')) return `${head}/* @__PURE__ */ (() => ${flat})();`;
  return `${head}/* @__PURE__ */ (() =>\n  ${printCode(code, 2, '  ')})();`;
}
