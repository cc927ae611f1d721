/**
 * Type tests of pagination, checked by `tsc` (npm run typecheck), never executed: `paginate` yields the list's
 * item type, `pages` the page type, a failed page's error is the operation's union (plus the pagination error of
 * an iteration that stopped, told apart by its kind), the grouped client's list calls are iterable, and an
 * operation that does not page cannot be passed.
 */
import { expectTypeOf } from 'vitest';
import * as api from '../fixtures/generated/pagination/index.js';
import type { PaginationError } from '../fixtures/generated/pagination/runtime/paginate.js';

const client = api.createClient({ token: 't' });

export async function paginateYieldsItems(): Promise<void> {
  for await (const server of api.paginate(api.listServers, client, { q: 'github', pageSize: 50 }, { maxItems: 500 })) {
    expectTypeOf(server).toEqualTypeOf<api.Server>();
    expectTypeOf(server.qualifiedName).toEqualTypeOf<string>();
  }
  for await (const hash of api.paginate(api.listBlocks, client, {})) expectTypeOf(hash).toEqualTypeOf<string>();
  for await (const event of api.paginate(api.listEvents, client, {})) expectTypeOf(event.level).toEqualTypeOf<string>();
  for await (const issue of api.paginate(api.listIssues, client, {})) expectTypeOf(issue.number).toEqualTypeOf<number>();
}

export async function pagesYieldSuccessResults(): Promise<void> {
  for await (const page of api.pages(api.listConnections, client, { pageSize: 10 })) {
    expectTypeOf(page.ok).toEqualTypeOf<true>();
    expectTypeOf(page.status).toEqualTypeOf<200>();
    expectTypeOf(page.data.connections).toEqualTypeOf<{ id: string }[]>();
    expectTypeOf(page.items).toEqualTypeOf<{ id: string }[]>();
  }
  for await (const page of api.pages(api.listIssues, client, {})) expectTypeOf(page.headers.link).toEqualTypeOf<string | undefined>();
}

export function failedPagesCarryTheOperationsErrors(error: api.PageErrorOf<typeof api.listServers>): void {
  expectTypeOf(error).toEqualTypeOf<api.ListServersError | PaginationError>();
  if (error.kind === 'http') expectTypeOf(error.body).toEqualTypeOf<api.Problem>();
  if (error.kind === 'pagination') expectTypeOf(error.reason).toEqualTypeOf<'cycle' | 'page-limit'>();
}

export async function directCallsGiveAPageWithItems(): Promise<void> {
  const result = await api.listServers(client, {});
  if (result.ok) expectTypeOf(result.items).toEqualTypeOf<api.ListServersItem[]>();
}

export async function groupedListCallsAreIterable(): Promise<void> {
  const resources = api.createResources(client);
  const first = await resources.servers.list({ q: 'x' });
  expectTypeOf(first).toEqualTypeOf<api.ListServersResult>();
  for await (const server of resources.servers.list({}, { maxPages: 2 })) expectTypeOf(server).toEqualTypeOf<api.Server>();
  for await (const page of resources.connections.list({}).pages()) expectTypeOf(page.items).toEqualTypeOf<{ id: string }[]>();
}

export function wrongCallsDoNotCompile(): void {
  // @ts-expect-error getServer returns one server, not a page of a list
  api.paginate(api.getServer, client, { qualifiedName: 'a' });
  // @ts-expect-error searchServers is declared `none` in client.yaml
  api.pages(api.searchServers, client, {});
  // @ts-expect-error the params are listServers' params
  api.paginate(api.listServers, client, { page: 2 });
  // @ts-expect-error the page size is a number
  api.paginate(api.listServers, client, { pageSize: '50' });
}
