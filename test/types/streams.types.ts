/**
 * Type tests of streamed bodies, checked by `tsc` (npm run typecheck), never executed: event data is typed from
 * the spec's schema (a string where it has none), JSON Lines items likewise, a status documenting both a JSON body
 * and a stream gives their union, and `download: 'stream'` types a binary body as a ReadableStream.
 */
import { expectTypeOf } from 'vitest';
import * as api from '../fixtures/generated/streams/index.js';

const client = api.createClient({});

export async function eventsAreTypedFromTheSchema(): Promise<void> {
  const result = await api.streamReleaseLogs(client, { id: 'r1' }, { streamIdleTimeoutMs: 10_000 });
  if (!result.ok) return;
  expectTypeOf(result.data).toEqualTypeOf<api.EventStream<api.LogEvent>>();
  for await (const event of result.data) {
    expectTypeOf(event.event).toEqualTypeOf<string>();
    expectTypeOf(event.data.level).toEqualTypeOf<'info' | 'warn' | 'error'>();
    expectTypeOf(event.id).toEqualTypeOf<string | undefined>();
    expectTypeOf(event.retry).toEqualTypeOf<number | undefined>();
  }
  const ticks = await api.streamTicks(client);
  if (ticks.ok) for await (const tick of ticks.data) expectTypeOf(tick.data).toEqualTypeOf<string>();
}

export async function jsonLinesAreTyped(): Promise<void> {
  const result = await api.getExport(client, { id: 'e1' });
  if (result.ok) for await (const row of result.data) expectTypeOf(row).toEqualTypeOf<api.ExportRow>();
}

export async function aStatusWithJsonAndEventsGivesTheirUnion(): Promise<void> {
  const result = await api.createCompletion(client, { body: { prompt: 'hi', stream: true } });
  if (!result.ok) return;
  expectTypeOf(result.data).toEqualTypeOf<api.Completion | api.EventStream<api.CompletionChunk>>();
  if (Symbol.asyncIterator in result.data) {
    for await (const chunk of result.data) expectTypeOf(chunk.data.delta).toEqualTypeOf<string>();
  } else {
    expectTypeOf(result.data.text).toEqualTypeOf<string>();
  }
}

export async function downloadsAreBlobsOrStreams(): Promise<void> {
  const buffered = await api.downloadFile(client, { id: 'f1' });
  if (buffered.ok) {
    expectTypeOf(buffered.data).toEqualTypeOf<Blob>();
    // @ts-expect-error a Blob has no getReader: ask for download: 'stream'
    buffered.data.getReader();
  }
  const streamed = await api.downloadFile(client, { id: 'f1' }, { download: 'stream' });
  if (streamed.ok) expectTypeOf(streamed.data).toEqualTypeOf<ReadableStream<Uint8Array>>();
  if (!streamed.ok && streamed.error.kind === 'http') expectTypeOf(streamed.error.body).toEqualTypeOf<api.NotFound>();
}

export async function groupedDownloadsAreTypedToo(): Promise<void> {
  const resources = api.createResources(client);
  const streamed = await resources.files.content.get({ id: 'f1' }, { download: 'stream' });
  if (streamed.ok) expectTypeOf(streamed.data).toEqualTypeOf<ReadableStream<Uint8Array>>();
  const buffered = await resources.files.content.get({ id: 'f1' });
  if (buffered.ok) expectTypeOf(buffered.data).toEqualTypeOf<Blob>();
}
