/** The README section of a client with `zod: true`: what zod.ts holds, and a check with the API's own first schema. */
import type { ApiModel } from '../../../model/types.js';
import { schemaConstName, ZOD_IMPORT } from './emit-zod-file.js';

/** The section's markdown. */
export function zodReadmeSection(model: ApiModel): string {
  const first = model.schemas[0];
  const operation = model.operations[0];
  const lines = [
    '## Zod schemas',
    '',
    `\`zod.ts\` holds a [zod](https://zod.dev) 4 schema for every type of this client: \`{Type}Schema\` for each schema type, and \`{operation}ParamsSchema\` and \`{operation}ResponseSchema\` for each operation's \`{Operation}Params\` and \`{Operation}Response\`. Each one's \`z.infer\` is the client's own type. zod is yours to install (\`npm install zod@^4\`): the client itself never imports \`zod.ts\`, and a bundler keeps only the schemas you import. The file imports \`${ZOD_IMPORT}\`, the path every zod 4 release provides.`,
    '',
    'Formats are checked with zod\'s own checks (`date-time`, `date`, `duration`, `email`, `uuid`, `uri`, `ipv4`, `ipv6`, `hostname`, `byte`), as are lengths, ranges, `multipleOf`, item counts, enums and constants; an object with `additionalProperties: false` refuses other properties, and other objects drop the properties they do not declare from what `parse` returns. A `pattern` is checked only when it provably runs in linear time (anchored, and never two ways to go on with the same character, as `^[a-z0-9-]+$`): any other pattern could take a backtracking regex engine exponential time on a crafted string, so it is left unchecked.',
    '',
  ];
  // zod.ts describes the JSON text; with `dates: true` the client's types have `Date` where it has strings.
  const dates = model.integrations.includes('dates');
  if (dates) {
    lines.push(
      "With `dates: true`, the schemas still describe the JSON text: a `date-time` or `date` value is a string for them (checked by its format) where this client's types have a `Date`, so `z.infer` differs from the client's type there. Check a body as JSON, before the client converts its dates.",
      '',
    );
  }
  if (first !== undefined && !dates) {
    const name = schemaConstName(first.name);
    lines.push(
      '```ts',
      `import { ${name} } from "./zod.js";`,
      `import type { ${first.name} } from "./index.js";`,
      '',
      'const input: unknown = JSON.parse("{}");',
      `const checked = ${name}.safeParse(input);`,
      `if (checked.success) {`,
      `  const value: ${first.name} = checked.data;`,
      '  console.log(value);',
      '} else {',
      '  console.log(checked.error.issues);',
      '}',
      '```',
      '',
    );
  } else if (first !== undefined) {
    const name = schemaConstName(first.name);
    lines.push('```ts', `import { ${name} } from "./zod.js";`, '', `const checked = ${name}.safeParse(JSON.parse("{}"));`, 'console.log(checked.success ? checked.data : checked.error.issues);', '```', '');
  } else if (operation !== undefined) {
    const name = `${operation.name}ResponseSchema`;
    lines.push('```ts', `import { ${name} } from "./zod.js";`, '', `const checked = ${name}.safeParse(JSON.parse("{}"));`, 'console.log(checked.success ? checked.data : checked.error.issues);', '```', '');
  }
  return lines.join('\n');
}
