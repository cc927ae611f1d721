/**
 * Type tests of `query.ts` (tanstackQuery: true), checked by `tsc` (npm run typecheck), never executed: the
 * adapters infer `data` as the operation's response type and `error` as `ApiCallError` with its error union (which
 * narrows by `kind`, then `status`), through `useQuery`, `useInfiniteQuery`, `useMutation`, the core's
 * `fetchQuery` and observers, and tagged keys; params of the wrong shape fail to compile.
 */
import {
  InfiniteQueryObserver,
  MutationObserver,
  QueryClient,
  QueryObserver,
  type InfiniteData,
} from '@tanstack/query-core';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { expectTypeOf } from 'vitest';
import * as api from '../fixtures/generated/pagination/index.js';
import * as query from '../fixtures/generated/pagination/query.js';
import * as pets from '../fixtures/generated/mock/index.js';
import * as petQueries from '../fixtures/generated/mock/query.js';
import type { InfinitePage, PageParam } from '../fixtures/generated/pagination/runtime/infinite-query.js';
import * as smithery from '../../generated/smithery/query.js';
import { createClient as createSmitheryClient } from '../../generated/smithery/index.js';

const client = api.createClient({ token: 't' });
const petClient = pets.createClient({ token: 't' });
const queryClient = new QueryClient();

export function useQueryInfersDataAndError(): void {
  const result = useQuery(query.getServerOptions(client, { qualifiedName: 'a/b' }));
  expectTypeOf(result.data).toEqualTypeOf<api.Server | undefined>();
  expectTypeOf(result.error).toEqualTypeOf<api.ApiCallError<api.GetServerError> | null>();
  if (result.isSuccess) expectTypeOf(result.data.qualifiedName).toEqualTypeOf<string>();
  const list = useQuery(query.listServersOptions(client, { q: 'x' }));
  if (list.error) {
    const error = list.error.error;
    if (error.kind === 'http') {
      expectTypeOf(error.status).toEqualTypeOf<400>();
      expectTypeOf(error.body).toEqualTypeOf<api.Problem>();
    } else {
      expectTypeOf(error.kind).toEqualTypeOf<'unexpected-status' | 'network' | 'timeout' | 'aborted' | 'invalid-body' | 'invalid-request' | 'body-too-large'>();
    }
  }
  // A `select` beside the options sees the data type; a `retry` function the typed error.
  const names = useQuery({
    ...query.listServersOptions(client),
    select: (data) => data.servers.map((server) => server.qualifiedName),
    retry: (count, error) => count < 2 && error.error.kind === 'network',
  });
  expectTypeOf(names.data).toEqualTypeOf<string[] | undefined>();
}

export async function theCoreInfersTheSame(): Promise<void> {
  expectTypeOf(await queryClient.fetchQuery(query.getServerOptions(client, { qualifiedName: 'a' }))).toEqualTypeOf<api.Server>();
  expectTypeOf(queryClient.getQueryData(query.getServerQueryKey({ qualifiedName: 'a' }))).toEqualTypeOf<api.Server | undefined>();
  expectTypeOf(queryClient.getQueryState(query.listServersQueryKey())?.error).toEqualTypeOf<api.ApiCallError<api.ListServersError> | null | undefined>();
  const observer = new QueryObserver(queryClient, query.listBlocksOptions(client, { count: 2 }));
  expectTypeOf(observer.getCurrentResult().data).toEqualTypeOf<string[] | undefined>();
  expectTypeOf(observer.getCurrentResult().error).toEqualTypeOf<api.ApiCallError<api.ListBlocksError> | null>();
}

export function infiniteQueriesGivePagesOfItems(): void {
  const result = useInfiniteQuery(query.listServersInfiniteOptions(client, { pageSize: 20 }));
  expectTypeOf(result.data).toEqualTypeOf<InfiniteData<InfinitePage<api.ListServersResponse, api.Server>, unknown> | undefined>();
  expectTypeOf(result.data?.pages[0]?.items).toEqualTypeOf<api.Server[] | undefined>();
  expectTypeOf(result.error).toEqualTypeOf<api.ApiCallError<api.ListServersError> | null>();
  const observer = new InfiniteQueryObserver(queryClient, query.listCallsInfiniteOptions(client));
  expectTypeOf(observer.getCurrentResult().data?.pages[0]?.items).toEqualTypeOf<api.ListCallsItem[] | undefined>();
  expectTypeOf(queryClient.getQueryData(query.listIssuesInfiniteQueryKey())?.pages[0]?.items[0]?.number).toEqualTypeOf<number | undefined>();
}

export function mutationsTakeTheParamsAndNarrowTheError(): void {
  const queryClient = useQueryClient();
  const mutation = useMutation({
    ...petQueries.createPetMutation(petClient),
    onSuccess: (pet) => {
      expectTypeOf(pet).toEqualTypeOf<pets.Pet>();
      return petQueries.invalidatePets(queryClient);
    },
    onError: (error) => {
      expectTypeOf(error).toEqualTypeOf<pets.ApiCallError<pets.CreatePetError>>();
      if (error.error.kind === 'http') expectTypeOf(error.error.body).toEqualTypeOf<pets.Problem>();
    },
  });
  mutation.mutate({ body: { name: 'Rex', kind: 'dog' } });
  expectTypeOf(mutation.data).toEqualTypeOf<pets.Pet | undefined>();
  // @ts-expect-error: the body is required
  mutation.mutate({});
  // @ts-expect-error: `kind` is one of the spec's values
  mutation.mutate({ body: { name: 'Rex', kind: 'lizard' } });
  // @ts-expect-error: params are not optional here
  mutation.mutate();
  // Optional params may be left out.
  const optional = useMutation(smithery.createSkillMutation(createSmitheryClient()));
  optional.mutate();
  expectTypeOf(new MutationObserver(queryClient, petQueries.createNoteMutation(petClient)).getCurrentResult().data).toEqualTypeOf<undefined>();
}

export function wrongParamsFailToCompile(): void {
  // @ts-expect-error: qualifiedName is required
  query.getServerOptions(client, {});
  // @ts-expect-error: pageSize is a number
  query.listServersOptions(client, { pageSize: '20' });
  // @ts-expect-error: no such parameter
  query.listServersInfiniteOptions(client, { limit: 5 });
  // @ts-expect-error: the key takes the same params
  query.getServerQueryKey({ name: 'a' });
}

export function keysAreTaggedAndDistinct(): void {
  expectTypeOf(queryClient.getQueryData(query.listServersQueryKey())).toEqualTypeOf<api.ListServersResponse | undefined>();
  expectTypeOf(queryClient.getQueryData(query.listServersInfiniteQueryKey())).toEqualTypeOf<InfiniteData<InfinitePage<api.ListServersResponse, api.Server>, PageParam> | undefined>();
  expectTypeOf(query.listServersQueryKey()).not.toEqualTypeOf(query.listServersInfiniteQueryKey());
}
