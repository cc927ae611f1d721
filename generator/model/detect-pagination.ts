/**
 * Recognises operations that return one page of a list, from their shape alone (names are compared in lower case
 * without `_` or `-`). Only a `GET` with one JSON success response whose body holds a list qualifies, and only
 * these shapes, in this order:
 *
 * - `link`: the success response documents an RFC 8288 `Link` header (`<…>; rel="next"`), as GitHub's lists do.
 * - `next-url`: the body holds the next page's URL (`next_page_uri`, `next_url`, `nextLink`, or `next`/`next_page`
 *   described as a URL), as Twilio's and Figma's do.
 * - `cursor`: a cursor query parameter (`cursor`, `after`, `starting_after`, `page_token`, `marker`, a string
 *   `page`) and the body field that feeds it (`next_cursor`, `nextPageToken`, `next_<param>`, `cursor.after`);
 *   or `after`/`starting_after` with a `has_more` flag, continuing after the last item's `id` (`last_id` when the
 *   body has it), as OpenAI's do.
 * - `page`: an integer `page` parameter; ends at `total_pages` (or `totalPages`, `page_count`) or at an empty page.
 * - `offset`: an integer `offset` (or `skip`) parameter beside a `limit` (or `count`, `page_size`, …); ends at
 *   `total_count` (or `total`) or at an empty page.
 *
 * The list is the body itself, or the body's one array property (preferring `data`, `items`, `results`, … or the
 * path's last noun when there are several), or the one array one level down (`meta.components`).
 * client.yaml's `pagination` settings declare what shape cannot tell (see read-api-config.ts).
 * @see https://www.rfc-editor.org/rfc/rfc8288 (Web Linking)
 */
import type { JsonSchema, OperationModel, PaginationModel } from './types.js';
import { isArrayShape, resolveShape, schemaTypes, shapeAt, shapeProperties } from './schema-shape.js';

type Document = Readonly<Record<string, unknown>>;

/** Array properties that name a page's items, whatever the resource. */
const ITEM_NAMES = new Set(['data', 'items', 'results', 'records', 'entries', 'elements', 'nodes', 'values', 'list', 'hits', 'content']);
/** Fields holding the next page's URL. */
const NEXT_URL_NAMES = new Set(['nextpageuri', 'nextpageurl', 'nexturl', 'nexturi', 'nextlink', 'nextpagelink', 'nexthref']);
/** Fields that hold the next page's URL when the schema or its description says so, and a cursor otherwise. */
const NEXT_NAMES = new Set(['next', 'nextpage']);
/** Query parameters that take a cursor. */
const CURSOR_PARAMS = new Set(['cursor', 'pagecursor', 'after', 'startingafter', 'pagetoken', 'nexttoken', 'continuationtoken', 'continuation', 'marker', 'startcursor']);
/** Body fields that hold the next cursor, whatever the parameter is called. */
const NEXT_CURSOR_NAMES = new Set(['nextcursor', 'nextpagecursor', 'endcursor', 'nextpagetoken', 'nexttoken', 'continuationtoken', 'nextmarker']);
/** Boolean body fields that are false on the last page. */
const MORE_NAMES = new Set(['hasmore', 'hasnextpage', 'hasnext', 'more', 'nextpage']);
/** Page-number parameters. */
const PAGE_PARAMS = new Set(['page', 'pagenumber', 'pageno', 'pagenum', 'pageindex']);
/** Offset parameters. */
const OFFSET_PARAMS = new Set(['offset', 'skip']);
/** Page-size parameters that make an `offset` a list's. */
const SIZE_PARAMS = new Set(['limit', 'count', 'size', 'pagesize', 'perpage', 'maxresults', 'top', 'first']);
/** The number of pages. */
const TOTAL_PAGES_NAMES = new Set(['totalpages', 'pagecount', 'numpages', 'lastpage']);
/** The number of items. */
const TOTAL_ITEMS_NAMES = new Set(['totalcount', 'total', 'totalitems', 'totalresults', 'totalsize']);

/** `next_page_uri` → `nextpageuri`. */
export function looseName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** How `operation` continues to its next page, or undefined when its shape is not one of a list's pages. */
export function detectPagination(operation: OperationModel, document: Document): PaginationModel | undefined {
  if (operation.method !== 'get') return undefined;
  const body = pageBodySchema(operation);
  if (body === undefined) return undefined;
  const items = findItems(body, operation.path, document);
  if (items === undefined) return undefined;
  const base = { kind: 'pagination' as const, items, declared: false };
  const success = operation.successResponses[0]!;
  if (success.headers.some((header) => header.name.toLowerCase() === 'link')) return { ...base, style: 'link' };

  const fields = bodyFields(body, document);
  const query = operation.parameters.filter((param) => param.in === 'query' && param.constant === undefined);
  const named = (names: ReadonlySet<string>, types?: readonly string[]) =>
    query.find((param) => names.has(looseName(param.name)) && (types === undefined || allowsType(param.schema, types, document)));
  const field = (test: (loose: string, field: Field) => boolean) => fields.find((f) => test(looseName(f.path[f.path.length - 1]!), f));
  const more = field((loose, f) => MORE_NAMES.has(loose) && f.types.includes('boolean'))?.path;

  const nextUrl = field((loose, f) => f.types.includes('string') && (NEXT_URL_NAMES.has(loose) || (NEXT_NAMES.has(loose) && f.describesUrl)));
  if (nextUrl) return { ...base, style: 'next-url', next: nextUrl.path };

  for (const param of query) {
    const loose = looseName(param.name);
    const cursorLike = CURSOR_PARAMS.has(loose) || (PAGE_PARAMS.has(loose) && allowsType(param.schema, ['string'], document) && !allowsType(param.schema, ['integer', 'number'], document));
    if (!cursorLike) continue;
    const next =
      field((name, f) => name === `next${loose}` && f.scalar) ??
      field((name, f) => NEXT_CURSOR_NAMES.has(name) && f.scalar) ??
      field((name, f) => name === loose && f.scalar && (f.path.length > 1 || loose === 'cursor')) ??
      field((name, f) => NEXT_NAMES.has(name) && f.scalar && !f.types.includes('boolean'));
    if (next) return { ...base, style: 'cursor', param, next: next.path, ...(more ? { more } : {}) };
    if ((loose === 'after' || loose === 'startingafter') && more && itemsHaveId(body, items, document)) {
      const lastId = field((name, f) => name === 'lastid' && f.scalar)?.path;
      return { ...base, style: 'cursor', param, itemKey: 'id', more, ...(lastId ? { next: lastId } : {}) };
    }
  }

  const page = named(PAGE_PARAMS, ['integer', 'number']);
  if (page) {
    const total = field((loose, f) => TOTAL_PAGES_NAMES.has(loose) && f.numeric)?.path;
    return { ...base, style: 'page', param: page, ...(total ? { total } : {}), ...(more ? { more } : {}) };
  }
  const offset = named(OFFSET_PARAMS, ['integer', 'number']);
  if (offset && named(SIZE_PARAMS)) {
    const total = field((loose, f) => TOTAL_ITEMS_NAMES.has(loose) && f.numeric)?.path;
    return { ...base, style: 'offset', param: offset, ...(total ? { total } : {}), ...(more ? { more } : {}) };
  }
  return undefined;
}

/** The schema of the one success response's JSON body, when the operation has exactly one success response. */
export function pageBodySchema(operation: OperationModel): JsonSchema | undefined {
  if (operation.successResponses.length !== 1) return undefined;
  const media = operation.successResponses[0]!.contents[0];
  return media?.format === 'json' && media.schema !== undefined ? media.schema : undefined;
}

/** Where the list is in a body: `[]` for the body itself, else a path of property names; undefined when there is none or it is ambiguous. */
export function findItems(body: JsonSchema, path: string, document: Document): string[] | undefined {
  const root = resolveShape(body, document);
  if (root === undefined) return undefined;
  if (isArrayShape(root)) return [];
  const arrays = (properties: Record<string, JsonSchema>) => Object.keys(properties).filter((name) => isArrayShape(resolveShape(properties[name], document)));
  const top = shapeProperties(root, document);
  const candidates = arrays(top);
  if (candidates.length === 1) return [candidates[0]!];
  if (candidates.length > 1) {
    const noun = looseName(path.split('/').filter((segment) => segment !== '' && !segment.startsWith('{')).pop()?.replace(/\.[a-z]+$/i, '') ?? '');
    const preferred = candidates.filter((name) => ITEM_NAMES.has(looseName(name)));
    if (preferred.length === 1) return [preferred[0]!];
    const resource = candidates.filter((name) => looseName(name) === noun);
    return resource.length === 1 ? [resource[0]!] : undefined;
  }
  const nested = Object.keys(top).flatMap((name) => arrays(shapeProperties(resolveShape(top[name], document), document)).map((inner) => [name, inner]));
  return nested.length === 1 ? nested[0] : undefined;
}

/** A scalar field of the body, up to two levels down. */
interface Field {
  readonly path: readonly string[];
  readonly types: readonly string[];
  readonly scalar: boolean;
  readonly numeric: boolean;
  /** Its schema says it holds a URL (`format: uri`, or a description that says URL or URI). */
  readonly describesUrl: boolean;
}

function bodyFields(body: JsonSchema, document: Document): Field[] {
  const fields: Field[] = [];
  const visit = (schema: unknown, path: readonly string[]) => {
    const properties = shapeProperties(resolveShape(schema, document), document);
    for (const name of Object.keys(properties)) {
      const raw = properties[name];
      const shape = resolveShape(raw, document);
      const types = schemaTypes(shape);
      const describesUrl =
        /^(uri|url|uri-reference|iri)$/.test(String(shape?.format ?? '')) ||
        /\b(url|uri)\b/i.test(String((raw as Record<string, unknown> | undefined)?.description ?? shape?.description ?? ''));
      const scalar = types.some((type) => type === 'string' || type === 'integer' || type === 'number');
      fields.push({ path: [...path, name], types, scalar, numeric: types.includes('integer') || types.includes('number'), describesUrl });
      if (path.length === 0 && types.includes('object')) visit(raw, [name]);
      else if (path.length === 0 && types.length === 0 && shape?.properties !== undefined) visit(raw, [name]);
    }
  };
  visit(body, []);
  return fields;
}

function allowsType(schema: JsonSchema, types: readonly string[], document: Document): boolean {
  return schemaTypes(resolveShape(schema, document)).some((type) => types.includes(type));
}

/** True when the list's items are objects with an `id`. */
function itemsHaveId(body: JsonSchema, items: readonly string[], document: Document): boolean {
  const list = shapeAt(body, items, document);
  return shapeProperties(resolveShape(list?.items, document), document).id !== undefined;
}

/** A one-line account of how an operation pages, for the generator's report: `cursor: cursor ← nextCursor`. */
export function describePagination(pagination: PaginationModel): string {
  const at = (path: readonly string[] | undefined) => (path === undefined ? '' : path.join('.'));
  const items = pagination.items.length === 0 ? 'the body' : at(pagination.items);
  const how = (() => {
    switch (pagination.style) {
      case 'link':
        return 'Link header rel="next"';
      case 'next-url':
        return `URL in ${at(pagination.next)}`;
      case 'cursor':
        return `${pagination.param!.name} ← ${pagination.next ? at(pagination.next) : ''}${pagination.next && pagination.itemKey ? ' or ' : ''}${pagination.itemKey ? `last item's ${pagination.itemKey}` : ''}`;
      case 'page':
        return `${pagination.param!.name} + 1${pagination.total ? ` up to ${at(pagination.total)}` : ''}`;
      case 'offset':
        return `${pagination.param!.name} + items${pagination.total ? ` up to ${at(pagination.total)}` : ''}`;
    }
  })();
  return `${pagination.style} (${how}; items in ${items}${pagination.more ? `; while ${at(pagination.more)}` : ''}${pagination.declared ? '; declared in client.yaml' : ''})`;
}
