/**
 * Reads an operation's Responses Object and splits it into success (2xx, `2XX`) and error responses (the rest, `default` included).
 * @see https://spec.openapis.org/oas/v3.1.0#responses-object
 */
import { SpecError, type SourcePosition } from '../load/spec-error.js';
import { buildMediaTypeModels } from './body-format.js';
import type { ReferenceResolver } from './resolve-reference.js';
import type { HeaderModel, JsonSchema, ResponseModel, StatusModel } from './types.js';
import { clip } from '../report/terminal-text.js';

/** Parses a status key: `404`, `4XX` (any case), or `default`; undefined for anything else. */
export function parseStatus(key: string): StatusModel | undefined {
  if (key === 'default') return { kind: 'status-default' };
  if (/^[1-5][0-9][0-9]$/.test(key)) return { kind: 'status-code', code: Number(key) };
  const range = /^([1-5])XX$/i.exec(key);
  if (range) return { kind: 'status-range', range: Number(range[1]) as 1 | 2 | 3 | 4 | 5 };
  return undefined;
}

/** Codes in ascending order, then ranges, then `default`. */
function statusOrder(status: StatusModel): number {
  switch (status.kind) {
    case 'status-code':
      return status.code;
    case 'status-range':
      return 1000 + status.range;
    case 'status-default':
      return 2000;
  }
}

/** True for responses that make a call succeed. */
export function isSuccessStatus(status: StatusModel): boolean {
  if (status.kind === 'status-code') return status.code >= 200 && status.code < 300;
  return status.kind === 'status-range' && status.range === 2;
}

/** Builds the response models of one operation, sorted by status. */
export function buildResponseModels(
  responses: unknown,
  segments: readonly string[],
  resolve: ReferenceResolver,
  locate: (segments: readonly string[]) => SourcePosition,
): { success: ResponseModel[]; error: ResponseModel[] } {
  const models: ResponseModel[] = [];
  if (responses !== undefined && (responses === null || typeof responses !== 'object')) {
    throw new SpecError('`responses` must be a mapping from status codes to responses', [locate(segments)]);
  }
  for (const [key, value] of Object.entries((responses ?? {}) as Record<string, unknown>)) {
    if (key.startsWith('x-')) continue;
    const at = [...segments, key];
    const status = parseStatus(key);
    if (!status) {
      throw new SpecError(
        `"${clip(key)}" is not a response status`,
        [locate(at)],
        'use a status code such as 200, a range such as 4XX, or default',
      );
    }
    const response = resolve<{ description?: unknown; content?: unknown; headers?: unknown }>(value, at);
    models.push({
      kind: 'response',
      status,
      ...(typeof response.description === 'string' ? { description: response.description } : {}),
      contents: buildMediaTypeModels(response.content, 'response'),
      headers: buildHeaderModels(response.headers, [...at, 'headers'], resolve),
    });
  }
  models.sort((a, b) => statusOrder(a.status) - statusOrder(b.status));
  return { success: models.filter((m) => isSuccessStatus(m.status)), error: models.filter((m) => !isSuccessStatus(m.status)) };
}

/**
 * Reads a response's documented headers, sorted by name (code point order). Header names are case-insensitive
 * (RFC 9110 §5.1), so of two names that differ only in case (`X-Rate`, `x-rate`) the first in that order is kept.
 */
function buildHeaderModels(headers: unknown, segments: readonly string[], resolve: ReferenceResolver): HeaderModel[] {
  if (headers === null || typeof headers !== 'object') return [];
  const seen = new Set<string>();
  return Object.entries(headers as Record<string, unknown>)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .filter(([name]) => {
      const lower = name.toLowerCase();
      if (lower === 'content-type' || seen.has(lower)) return false;
      seen.add(lower);
      return true;
    })
    .map(([name, value]) => {
      const header = resolve<{ required?: unknown; description?: unknown; schema?: JsonSchema; content?: Record<string, { schema?: JsonSchema }> }>(value, [...segments, name]);
      const schema = header.schema ?? Object.values(header.content ?? {})[0]?.schema ?? {};
      const model: HeaderModel = {
        kind: 'header',
        name,
        required: header.required === true,
        ...(typeof header.description === 'string' ? { description: header.description } : {}),
        schema,
      };
      return model;
    });
}
