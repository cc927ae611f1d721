/** Turns a client.yaml `pagination` setting into the model, checking it against the operation it names. */
import type { PaginationSetting } from '../load/read-api-config.js';
import { SpecError, type SourcePosition } from '../load/spec-error.js';
import { findItems, pageBodySchema } from './detect-pagination.js';
import { isArrayShape, shapeAt } from './schema-shape.js';
import type { OperationModel, PaginationModel } from './types.js';

/** Which fields each style needs besides `items`. */
const REQUIRED: Readonly<Record<PaginationSetting['style'], readonly (keyof PaginationSetting)[]>> = {
  cursor: ['param'],
  page: ['param'],
  offset: ['param'],
  'next-url': ['next'],
  link: [],
};

/** The pagination `setting` declares for `operation` (named `key` in client.yaml); a setting the operation cannot follow is a SpecError. */
export function declaredPagination(
  operation: OperationModel,
  setting: PaginationSetting,
  key: string,
  document: Readonly<Record<string, unknown>>,
  configFile: SourcePosition,
): PaginationModel {
  const fail = (problem: string, hint: string) => new SpecError(`client.yaml pagination for ${key}: ${problem}`, [configFile], hint);
  const body = pageBodySchema(operation);
  if (body === undefined) throw fail('the operation has no single JSON success response to read pages from', 'paginated operations return one JSON body per page; remove this entry');
  for (const field of REQUIRED[setting.style]) {
    if (setting[field] === undefined) throw fail(`style ${setting.style} needs "${field}"`, `add ${field}: … to the entry`);
  }
  if (setting.style === 'cursor' && setting.next === undefined && setting.itemKey === undefined) {
    throw fail('style cursor needs "next" (where the body holds the next cursor) or "itemKey" (the last item\'s property to continue after)', 'add next: … or itemKey: id');
  }
  const path = (text: string | undefined) => (text === undefined || text === '.' ? [] : text.split('.'));
  const items = setting.items !== undefined ? path(setting.items) : findItems(body, operation.path, document);
  if (items === undefined) throw fail('cannot tell which array holds the items', 'add items: … (a dotted path into the body, or . for the body itself)');
  if (!isArrayShape(shapeAt(body, items, document))) {
    throw fail(`"${setting.items}" is not an array in the success body`, 'items must name the array that holds one page\'s items');
  }
  let param;
  if (setting.param !== undefined) {
    param = operation.parameters.find((candidate) => candidate.in === 'query' && candidate.name === setting.param);
    if (param === undefined) {
      const names = operation.parameters.filter((p) => p.in === 'query').map((p) => p.name);
      throw fail(`"${setting.param}" is not a query parameter of the operation`, names.length > 0 ? `its query parameters: ${names.join(', ')}` : 'the operation has no query parameters');
    }
  }
  return {
    kind: 'pagination',
    style: setting.style,
    items,
    ...(param !== undefined && setting.style !== 'link' && setting.style !== 'next-url' ? { param } : {}),
    ...(setting.next !== undefined ? { next: path(setting.next) } : {}),
    ...(setting.itemKey !== undefined ? { itemKey: setting.itemKey } : {}),
    ...(setting.more !== undefined ? { more: path(setting.more) } : {}),
    ...(setting.total !== undefined ? { total: path(setting.total) } : {}),
    declared: true,
  };
}
