/**
 * Checks the structure later stages rely on, so a malformed document gets a message at its line instead of a
 * crash or a silently wrong client.
 * @see https://spec.openapis.org/oas/v3.1.0#openapi-object
 */
import type { MergedSpec } from './merge-spec-sources.js';
import { HTTP_METHODS } from './merge-spec-sources.js';
import { SpecError } from './spec-error.js';
import { clip } from '../report/terminal-text.js';

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Throws a SpecError for the first structural problem found. */
export function validateDocument(spec: MergedSpec): void {
  const { document: doc, locate } = spec;
  const fail = (segments: string[], message: string, hint?: string): never => {
    throw new SpecError(message, [locate(segments)], hint);
  };

  if (doc.servers !== undefined) {
    if (!Array.isArray(doc.servers)) fail(['servers'], '`servers` must be a list of Server Objects', 'write `servers: [{ url: https://… }]`');
    (doc.servers as unknown[]).forEach((server, index) => {
      if (!isObject(server)) fail(['servers', String(index)], 'each entry of `servers` must be a Server Object with a `url`');
      if (typeof (server as Record<string, unknown>).url !== 'string') {
        fail(['servers', String(index)], 'this server has no `url`', 'every Server Object needs `url: https://…`');
      }
    });
  }
  for (const section of ['paths', 'webhooks', 'components'] as const) {
    if (doc[section] !== undefined && !isObject(doc[section])) fail([section], `\`${section}\` must be a mapping`);
  }
  const seenIds = new Map<string, string[]>();
  for (const [path, item] of Object.entries((doc.paths ?? {}) as Record<string, unknown>)) {
    if (!path.startsWith('/')) fail(['paths', path], `path "${clip(path)}" does not start with "/"`);
    if (!isObject(item)) fail(['paths', path], `the path item of "${clip(path)}" must be a mapping`);
    for (const method of HTTP_METHODS) {
      const operation = (item as Record<string, unknown>)[method];
      if (operation === undefined) continue;
      const segments = ['paths', path, method];
      if (!isObject(operation)) fail(segments, `${method.toUpperCase()} ${clip(path)} must be an Operation Object`);
      const id = (operation as Record<string, unknown>).operationId;
      if (typeof id !== 'string') continue;
      const previous = seenIds.get(id);
      if (previous) {
        throw new SpecError(
          `operationId "${clip(id)}" is used twice: by ${method.toUpperCase()} ${clip(path)} and by ${previous[2]!.toUpperCase()} ${clip(previous[1]!)}`,
          [locate([...segments, 'operationId']), locate([...previous, 'operationId'])],
          'operationIds must be unique within a document; rename one of them',
        );
      }
      seenIds.set(id, segments);
    }
  }
}
