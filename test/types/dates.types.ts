/**
 * Type tests of `dates: true`, checked by `tsc` (npm run typecheck), never executed: date-time and date values are
 * `Date` wherever the spec has them (bodies, nested objects, arrays, maps, unions, nullable values, error bodies,
 * headers, stream items, page items, parameters, request bodies), and strings elsewhere.
 */
import { expectTypeOf } from 'vitest';
import * as api from '../fixtures/generated/dates/index.js';

const client = api.createClient({});

export async function responsesHoldDates(): Promise<void> {
  const result = await api.getEvent(client, { id: 'e1' });
  if (!result.ok) {
    if (result.error.kind === 'http') expectTypeOf(result.error.body.occurredAt).toEqualTypeOf<Date | undefined>();
    return;
  }
  const event = result.data;
  expectTypeOf(event.at).toEqualTypeOf<Date>();
  expectTypeOf(event.day).toEqualTypeOf<Date | undefined>();
  expectTypeOf(event.seenAt).toEqualTypeOf<Date | null | undefined>();
  expectTypeOf(event.reminders).toEqualTypeOf<Date[] | undefined>();
  expectTypeOf(event.window?.start).toEqualTypeOf<Date | undefined>();
  expectTypeOf(event.labels?.['any']).toEqualTypeOf<Date | undefined>();
  expectTypeOf(event.parent?.at).toEqualTypeOf<Date | undefined>();
  expectTypeOf(event.stamp).toEqualTypeOf<Date | number | undefined>();
  expectTypeOf(event.name).toEqualTypeOf<string | undefined>();
  if (event.schedule?.kind === 'once') expectTypeOf(event.schedule.at).toEqualTypeOf<Date>();
  expectTypeOf(result.headers['x-expires-at']).toEqualTypeOf<Date | undefined>();
}

export async function streamsAndPagesHoldDates(): Promise<void> {
  const events = await api.streamTicks(client);
  if (events.ok) for await (const event of events.data) expectTypeOf(event.data.at).toEqualTypeOf<Date>();
  const lines = await api.exportTicks(client);
  if (lines.ok) for await (const tick of lines.data) expectTypeOf(tick.at).toEqualTypeOf<Date>();
  for await (const item of api.paginate(api.listEvents, client, {})) expectTypeOf(item.at).toEqualTypeOf<Date>();
}

export async function requestsTakeDates(): Promise<void> {
  expectTypeOf<api.ListEventsParams['since']>().toEqualTypeOf<Date | undefined>();
  expectTypeOf<api.PutDayParams['day']>().toEqualTypeOf<Date>();
  await api.createEvent(client, { body: { at: new Date(), window: { start: new Date() } } });
  // @ts-expect-error: a date-time is a Date, not its text
  await api.createEvent(client, { body: { at: '2024-01-01T00:00:00Z' } });
}
