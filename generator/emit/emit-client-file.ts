/** Emits `client.ts`: `createClient` with the API's default server and security schemes filled in. */
import type { StatementStructures } from 'ts-morph';
import { tsMorph } from './required-libraries.js';
import type { ApiModel, SecuritySchemeModel } from '../model/types.js';
import { docs } from './doc-comment.js';
import { objectKey } from './property-name.js';
import { writerSafeText } from './writer-safe-text.js';
import { wrapList } from './layout.js';

const { StructureKind, VariableDeclarationKind } = tsMorph;

/** Statements of `client.ts`. */
export function emitClientFile(model: ApiModel): StatementStructures[] {
  const server = model.servers[0];
  const supported = model.securitySchemes.filter((scheme) => scheme.type !== 'unsupported');
  return [
    {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: './runtime/client.js',
      namedImports: ['createRuntimeClient', ...(model.tokenEnvironment ? ['readEnvironment'] : []), 'type Client', 'type ClientOptions'],
    },
    ...(supported.length === 0
      ? []
      : [{ kind: StructureKind.ImportDeclaration, moduleSpecifier: './runtime/security.js', namedImports: securityImports(supported) } satisfies StatementStructures]),
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: docs([
        server
          ? `The server calls go to unless \`createClient({ baseUrl })\` says otherwise${server.description ? `: ${server.description}` : ''}.`
          : 'The spec names no server: pass `createClient({ baseUrl })`.',
        ...model.servers.slice(1).map((other) => `Also documented: \`${other.url}\`${other.description ? ` (${other.description})` : ''}.`),
      ]),
      declarations: [{ name: 'defaultBaseUrl', initializer: writerSafeText(JSON.stringify(server?.url ?? '')) }],
    },
    {
      kind: StructureKind.Function,
      name: 'createClient',
      isExported: true,
      docs: docs([
        `Creates a client for ${model.title}${model.version ? ` ${model.version}` : ''}; every option is optional.`,
        securityDoc(supported),
        model.tokenEnvironment && `Without a \`token\`, the environment variable \`${model.tokenEnvironment}\` is used where there is an environment.`,
      ]),
      parameters: [{ name: 'options', type: 'ClientOptions', initializer: '{}' }],
      returnType: 'Client',
      statements: [
        `return createRuntimeClient${wrapList(
          '(',
          [
            model.tokenEnvironment ? `{ ...options, token: options.token ?? readEnvironment(${JSON.stringify(model.tokenEnvironment)}) }` : 'options',
            `{ baseUrl: defaultBaseUrl, securitySchemes: ${securitySchemesText(supported)} }`,
          ],
          ');',
          'return createRuntimeClient'.length + 2,
        )}`,
      ],
    },
  ];
}

function securityDoc(schemes: readonly SecuritySchemeModel[]): string | undefined {
  if (schemes.length === 0) return undefined;
  const lines = schemes.map((scheme) => {
    const how =
      scheme.type === 'bearer'
        ? 'sent as `Authorization: Bearer <token>`'
        : scheme.type === 'basic'
          ? 'sent as `Authorization: Basic …` from `user:password`'
          : `sent in the ${scheme.in} \`${scheme.parameterName}\``;
    return `- \`${scheme.key}\`: ${how}${scheme.description ? `. ${scheme.description}` : ''}`;
  });
  return `Authentication: \`token\` (or \`credentials.<scheme>\`) is\n${lines.join('\n')}`;
}

function securitySchemesText(schemes: readonly SecuritySchemeModel[]): string {
  const entries = schemes.map((scheme) => {
    const value =
      scheme.type === 'apiKey'
        ? `apiKeyScheme(${JSON.stringify(scheme.in)}, ${JSON.stringify(scheme.parameterName)})`
        : scheme.type === 'basic'
          ? 'basicScheme'
          : 'bearerScheme';
    return writerSafeText(`${objectKey(scheme.key)}: ${value}`);
  });
  return entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`;
}

/** The runtime appliers the client file imports, one per kind of scheme it uses. */
function securityImports(schemes: readonly SecuritySchemeModel[]): string[] {
  const kinds = new Set(schemes.map((scheme) => (scheme.type === 'apiKey' ? 'apiKeyScheme' : scheme.type === 'basic' ? 'basicScheme' : 'bearerScheme')));
  return [...kinds].sort();
}
