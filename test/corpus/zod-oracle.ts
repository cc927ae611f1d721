/**
 * The zod oracle: for every named schema of a client, and every operation's params and response, a type alias
 * computes whether `z.infer` of the zod.ts schema and the client's own type are mutually assignable; the corpus test
 * evaluates the aliases with the TypeScript checker.
 */
import type { ApiModel } from '../../generator/model/types.js';
import { schemaConstName, ZOD_IMPORT } from '../../generator/emit/integrations/zod/emit-zod-file.js';
import { COMPARE_TYPE } from './schema-oracle.js';

/** One comparison: what is compared (a schema type, or an operation's params or response) and the alias holding the verdict. */
export interface ZodCheck {
  readonly alias: string;
  /** The client's type, such as `Pet` or `GetPetParams`. */
  readonly type: string;
}

/** The comparison module for one client (written beside its zod.ts), and the checks to evaluate. */
export function zodComparison(model: ApiModel): { text: string; checks: ZodCheck[] } {
  const checks: ZodCheck[] = [];
  const lines = [
    `import type * as z from "${ZOD_IMPORT}";`,
    "import type * as zs from './zod.js';",
    ...(model.schemas.length > 0 ? ["import type * as ours from './schemas.js';"] : []),
    ...(model.operations.length > 0 ? ["import type * as operations from './operations.js';"] : []),
    COMPARE_TYPE,
  ];
  const add = (type: string, ours: string, schema: string) => {
    const alias = `Check${checks.length}`;
    checks.push({ alias, type });
    lines.push(`export type ${alias} = Compare<${ours}, z.infer<typeof zs.${schema}>>;`);
  };
  for (const schema of model.schemas) add(schema.name, `ours.${schema.name}`, schemaConstName(schema.name));
  for (const operation of model.operations) {
    add(`${operation.typeName}Params`, `operations.${operation.typeName}Params`, `${operation.name}ParamsSchema`);
    add(`${operation.typeName}Response`, `operations.${operation.typeName}Response`, `${operation.name}ResponseSchema`);
  }
  return { text: `${lines.join('\n')}\n`, checks };
}
