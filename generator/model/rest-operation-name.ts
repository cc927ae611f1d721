/**
 * Operation names from the REST structure of `METHOD /path`, for operations whose operationId is missing or reads
 * like a route: a verb from the method and the path's shape, a noun from the path's static segments, singular for
 * one item. Path parameters never appear in the name.
 *
 * - `GET` on a collection lists (`GET /servers` → `listServers`), on an item or a singleton gets
 *   (`GET /servers/{id}` → `getServer`, `GET /user` → `getUser`).
 * - `POST` on a collection creates (`POST /servers/{id}/secrets` → `createServerSecret`), `PUT` replaces an item
 *   and sets anything else, `PATCH` updates, `DELETE` deletes, `HEAD` checks.
 * - A trailing static segment that is a verb, on a `POST` or `PUT`, is an action
 *   (`POST /servers/{id}/releases/{rid}/resume` → `resumeServerRelease`, `PUT /issues/{n}/lock` → `lockIssue`),
 *   and so is a custom method after a colon (`POST /v1/{name}:cancel` → `cancel`, `POST /instances:batchGet` →
 *   `batchGetInstances`). Any other trailing word is a sub-resource (`POST /sessions/{id}/message` →
 *   `createSessionMessage`).
 * - A fragment names the action too (`GET /files/{id}#get_shared_link` → `getSharedLinkFile`): specs that key
 *   several operations on one path by a fragment (Box) get one name each.
 * - Version segments (`v1`, `v2beta`, `2010-04-01`), a leading `api` and format suffixes (`Calls.json`) are not
 *   part of the noun.
 */
import { splitWords, toCamelCase } from './naming.js';
import { requestPath } from './request-path.js';

/** One segment of a path: static words, or a parameter (possibly with a custom-method verb after a colon). */
type Segment = { readonly kind: 'static'; readonly words: string[] } | { readonly kind: 'param' };

const VERSION_SEGMENT = /^v\d+[a-z0-9.-]*$/i;
/** A format suffix on a static segment (`Calls.json`) is not part of the noun. */
const FORMAT_EXTENSION = /\.(json|xml|csv|ya?ml|txt|html)$/i;

/** Verbs that, as the last static segment of a POST or PUT, name an action rather than a sub-resource. */
const ACTION_VERBS: ReadonlySet<string> = new Set(
  (
    'abort accept activate add apply approve archive assign attach authorize ban block cancel clone close commit ' +
    'complete confirm connect copy deactivate decline deny deploy detach disable disconnect dismiss dispatch download ' +
    'duplicate enable end execute export generate grant import invite join kill leave link lock login logout mark ' +
    'merge migrate move mute pause pin ping promote publish purge reactivate rebuild redeliver refresh regenerate ' +
    'reject reload remove rename render reopen rerun reset resend resolve restart restore resume retry revert revoke ' +
    'rotate run schedule search send sign start stop submit subscribe suspend sync toggle transfer trigger unarchive ' +
    'unassign unban unblock undo uninstall unlink unlock unmute unpin unpublish unsubscribe unsuspend upgrade upload ' +
    'validate verify'
  ).split(' '),
);

/** The verb for each method when no action names the operation. */
const VERBS: Readonly<Record<string, { item: string; other: string }>> = {
  get: { item: 'get', other: 'get' },
  post: { item: 'update', other: 'create' },
  put: { item: 'replace', other: 'set' },
  patch: { item: 'update', other: 'update' },
  delete: { item: 'delete', other: 'delete' },
  head: { item: 'check', other: 'check' },
  options: { item: 'options', other: 'options' },
  trace: { item: 'trace', other: 'trace' },
};

/** True when `operationId` spells a route rather than naming an operation: it holds `/`, `:`, `.` or braces, or its words are the path's (with or without the method). */
export function isRouteShaped(operationId: string, method: string, path: string): boolean {
  if (/[/:.{}]/.test(operationId)) return true;
  const words = splitWords(operationId).map((word) => word.toLowerCase());
  const pathWords = splitWords(path.replace(/[{}]/g, ' ')).map((word) => word.toLowerCase());
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((word, index) => word === b[index]);
  return same(words, pathWords) || same(words, [method.toLowerCase(), ...pathWords]);
}

/** The name for `METHOD /path`, or undefined when the path has no static segment to make a noun of. */
export function restOperationName(method: string, path: string): string | undefined {
  const structure = restStructure(method, path);
  return structure === undefined ? undefined : toCamelCase([structure.verb, ...structure.nouns].join(' '));
}

/** What the REST structure of `METHOD /path` says: the verb, the noun's words, and the resources it sits under. */
export interface RestStructure {
  /** `list`, `get`, `create`, …, or an action such as `resume`. */
  readonly verb: string;
  /** The noun's words, singular for one item (`server`, `release`). */
  readonly nouns: readonly string[];
  /** The static segments in camelCase, as the path writes them (`servers`, `releases`): the grouped client's path. */
  readonly resources: readonly string[];
}

/** The REST structure of `METHOD /path`, or undefined when the path has no static segment and no action. */
export function restStructure(method: string, path: string): RestStructure | undefined {
  const segments: Segment[] = [];
  // A fragment that tells operations on one path apart (`/files/{id}#get_shared_link`) names the action.
  const fragment = path.slice(requestPath(path).length + 1);
  let action = /[A-Za-z]/.test(fragment) ? fragment : undefined;
  const raw = requestPath(path).split('/').filter((segment) => segment !== '');
  raw.forEach((segment, index) => {
    // A custom method (`{name}:cancel`, `instances:batchGet`) names the action; only the last segment carries one.
    const colon = segment.lastIndexOf(':');
    if (index === raw.length - 1 && colon > 0 && !segment.slice(colon).includes('}')) {
      action ??= segment.slice(colon + 1);
      segment = segment.slice(0, colon);
    }
    // A segment holding a parameter (`{id}`, `{id}.json`, `v{version}`) addresses an item; its static text is dropped.
    if (segment.includes('{')) {
      segments.push({ kind: 'param' });
      return;
    }
    if (VERSION_SEGMENT.test(segment) || (index === 0 && /^api$/i.test(segment)) || !/[A-Za-z]/.test(segment)) return;
    const words = splitWords(segment.replace(FORMAT_EXTENSION, ''));
    if (words.length > 0) segments.push({ kind: 'static', words });
  });
  const last = segments.at(-1);
  const isItem = last?.kind === 'param';
  // A trailing static segment that is a verb, on a POST or PUT, is an action (`.../releases/{id}/resume`).
  if (action === undefined && (method === 'post' || method === 'put') && last?.kind === 'static' && last.words.length === 1) {
    const word = last.words[0]!;
    if (ACTION_VERBS.has(word.toLowerCase())) {
      action = word;
      segments.pop();
    }
  }
  const statics = segments.flatMap((segment, index) => {
    if (segment.kind !== 'static') return [];
    const followedByItem = segments[index + 1]?.kind === 'param';
    return [{ words: segment.words, followedByItem, index }];
  });
  if (statics.length === 0 && action === undefined) return undefined;
  const end = segments.at(-1);
  const collection = end?.kind === 'static' && isPlural(end.words.at(-1)!);
  const verb = action ?? (method === 'get' ? (collection ? 'list' : 'get') : (VERBS[method] ?? { item: method, other: method })[isItem ? 'item' : 'other']);
  const nouns = statics.flatMap(({ words, followedByItem, index }) => {
    const lastOfPath = index === segments.length - 1;
    // One item, and what a create makes, is singular; a listed or otherwise addressed collection keeps its number.
    const makeSingular = followedByItem || (lastOfPath && verb === 'create');
    return makeSingular ? [...words.slice(0, -1), singular(words.at(-1)!)] : words;
  });
  const resources = statics.map(({ words }) => toCamelCase(words.join(' ')));
  return { verb: toCamelCase(verb), nouns, resources };
}

/** True when `word` reads as an English plural. */
function isPlural(word: string): boolean {
  return singular(word) !== word;
}

/** An English noun's singular, by the regular rules; words that only look plural (`status`, `analysis`) stay. */
export function singular(word: string): string {
  const lower = word.toLowerCase();
  if (/(ss|us|is|ics|news|series|species|data)$/.test(lower) || lower.length <= 3) return word;
  if (/[^aeiou]ies$/.test(lower)) return `${word.slice(0, -3)}${word.endsWith('IES') ? 'Y' : 'y'}`;
  if (/(xes|ches|shes|sses|zzes|uses)$/.test(lower)) return word.slice(0, -2);
  if (/s$/.test(lower)) return word.slice(0, -1);
  return word;
}
