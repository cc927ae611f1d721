/**
 * `dates: true` against a real `node:http` server: date-time and date strings become `Date`s in every position a
 * response has them (nested objects, arrays, maps, a cycle, discriminated and plain unions, nullable values, error
 * bodies, headers, Server-Sent Events, JSON Lines, pages), `Date`s are sent as ISO text in every position a request
 * has them (query, header, path, JSON and form bodies), an unparseable date fails the call with `invalid-body`
 * naming its path, and clients without `dates` carry none of it.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as api from '../fixtures/generated/dates/index.js';
import { reply, useTestServer, type TestServer } from '../support/test-server.js';

const testServer = useTestServer({ beforeAll, afterAll, beforeEach });
let server: TestServer;
let client: api.Client;

beforeEach(() => {
  server = testServer.current;
  client = api.createClient({ baseUrl: server.url, maxRetries: 0 });
});

const AT = '2024-02-29T23:59:58.123Z';
const EVENT = {
  id: 'e1',
  at: AT,
  day: '2024-02-29',
  seenAt: null,
  reminders: ['2024-03-01T08:00:00Z', '2024-03-01T09:00:00+02:00'],
  window: { start: '2024-03-01T00:00:00Z', end: '2024-03-02T00:00:00.5Z' },
  labels: { first: '2024-01-01T00:00:00Z', constructor: '2024-01-02T00:00:00Z' },
  parent: { id: 'e0', at: '2023-12-31T12:00:00Z', parent: { id: 'e-1', at: '2023-12-30T12:00:00Z' } },
  schedule: { kind: 'recurring', every: 7, until: '2024-12-31' },
  stamp: '2024-05-05T05:05:05Z',
  name: '2024-01-01T00:00:00Z',
};

/** Answers with `body` as JSON and the given headers. */
function replyWith(status: number, body: unknown, headers: Record<string, string>) {
  return (_request: IncomingMessage, response: ServerResponse) => {
    response.writeHead(status, { 'content-type': 'application/json', ...headers });
    response.end(JSON.stringify(body));
  };
}

describe('responses', () => {
  it('turns every date-time and date of a body into a Date: nested, in arrays, maps, a cycle, unions, a header', async () => {
    server.handle(replyWith(200, EVENT, { 'x-expires-at': '2025-01-01T00:00:00Z' }));
    const result = await api.getEvent(client, { id: 'e1' });
    if (!result.ok) throw new Error(result.error.message);
    const event = result.data;
    expect(event.at).toEqual(new Date(AT));
    expect(event.day).toEqual(new Date('2024-02-29T00:00:00Z'));
    expect(event.seenAt).toBeNull();
    expect(event.reminders).toEqual([new Date('2024-03-01T08:00:00Z'), new Date('2024-03-01T07:00:00Z')]);
    expect(event.window).toEqual({ start: new Date('2024-03-01T00:00:00Z'), end: new Date('2024-03-02T00:00:00.500Z') });
    expect(event.labels).toEqual({ first: new Date('2024-01-01T00:00:00Z'), constructor: new Date('2024-01-02T00:00:00Z') });
    expect(event.parent?.parent?.at).toEqual(new Date('2023-12-30T12:00:00Z'));
    // The discriminator picks Recurring, whose `until` is a date.
    expect(event.schedule).toEqual({ kind: 'recurring', every: 7, until: new Date('2024-12-31T00:00:00Z') });
    expect(event.stamp).toEqual(new Date('2024-05-05T05:05:05Z'));
    // A plain string that happens to hold ISO text stays a string.
    expect(event.name).toBe('2024-01-01T00:00:00Z');
    expect(result.headers['x-expires-at']).toEqual(new Date('2025-01-01T00:00:00Z'));
  });

  it('converts the discriminated member the tag names, plain union members that parse, and maps of arrays of dates', async () => {
    server.handle(
      reply(200, {
        schedules: [{ kind: 'once', at: AT }, { kind: 'recurring', every: 1 }, { kind: 'unknown', at: AT }],
        stamps: [AT, 1700000000],
        days: { ann: ['2024-01-01', '2024-01-02'], bob: [] },
      }),
    );
    const result = await api.getCalendar(client);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.data.schedules).toEqual([{ kind: 'once', at: new Date(AT) }, { kind: 'recurring', every: 1 }, { kind: 'unknown', at: AT }]);
    expect(result.data.stamps).toEqual([new Date(AT), 1700000000]);
    expect(result.data.days).toEqual({ ann: [new Date('2024-01-01T00:00:00Z'), new Date('2024-01-02T00:00:00Z')], bob: [] });
  });

  it('converts error bodies: a documented status and the default', async () => {
    server.handle(reply(404, { message: 'gone', occurredAt: AT }));
    const missing = await api.getEvent(client, { id: 'x' });
    expect(missing.ok || missing.error).toMatchObject({ kind: 'http', status: 404, body: { message: 'gone', occurredAt: new Date(AT) } });
    server.handle(reply(503, { message: 'busy', occurredAt: AT }));
    const busy = await api.getEvent(client, { id: 'x' });
    expect(busy.ok || busy.error).toMatchObject({ kind: 'default', status: 503, body: { occurredAt: new Date(AT) } });
  });

  it('fails with invalid-body naming the path of a date that does not parse, never an Invalid Date', async () => {
    const cases: Array<[unknown, string]> = [
      [{ ...EVENT, window: { start: '2024-02-30T00:00:00Z' } }, '$.window.start'],
      [{ ...EVENT, reminders: [AT, 'tomorrow'] }, '$.reminders[1]'],
      [{ ...EVENT, labels: { 'a b': '2024-13-01T00:00:00Z' } }, '$.labels["a b"]'],
      [{ ...EVENT, day: '2024-1-1' }, '$.day'],
      [{ ...EVENT, at: '2024-01-01' }, '$.at'],
      [{ ...EVENT, parent: { id: 'p', at: '' } }, '$.parent.at'],
      [{ ...EVENT, schedule: { kind: 'once', at: 'soon' } }, '$.schedule.at'],
      [{ ...EVENT, seenAt: 'never' }, '$.seenAt'],
    ];
    for (const [body, path] of cases) {
      server.handle(reply(200, body));
      const result = await api.getEvent(client, { id: 'e1' });
      expect(result.ok ? result.data : result.error).toMatchObject({ kind: 'invalid-body', status: 200, path });
    }
    server.handle(replyWith(200, EVENT, { 'x-expires-at': 'later' }));
    const header = await api.getEvent(client, { id: 'e1' });
    expect(header.ok ? header.data : header.error).toMatchObject({ kind: 'invalid-body', path: 'headers["x-expires-at"]' });
    server.handle(reply(200, { items: [EVENT, EVENT, EVENT, { ...EVENT, at: '2024-02-29T25:00:00Z' }] }));
    const page = await api.listEvents(client);
    expect(page.ok ? page.data : page.error).toMatchObject({ kind: 'invalid-body', path: '$.items[3].at' });
  });

  it('converts the items of every page, and continues after a Date cursor as its ISO text', async () => {
    server.handle((request, response) => {
      const after = new URL(request.url!, server.url).searchParams.get('after');
      const items = after === null ? [{ id: 'a', at: '2024-01-01T00:00:00.000Z' }, { id: 'b', at: '2024-01-02T00:00:00.000Z' }] : after === '2024-01-02T00:00:00.000Z' ? [{ id: 'c', at: '2024-01-03T00:00:00.000Z' }] : [];
      reply(200, { items })(request, response);
    });
    const items = [];
    for await (const item of api.paginate(api.listEventsAfter, client, {})) items.push(item);
    expect(items.map((item) => item.at)).toEqual([new Date('2024-01-01T00:00:00Z'), new Date('2024-01-02T00:00:00Z'), new Date('2024-01-03T00:00:00Z')]);
    expect(server.requests.map((request) => request.path)).toEqual(['/events/after', '/events/after?after=2024-01-02T00%3A00%3A00.000Z', '/events/after?after=2024-01-03T00%3A00%3A00.000Z']);
  });

  it('converts Server-Sent Event data and JSON Lines items, and ends the stream with invalid-body at a bad date', async () => {
    server.handle((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      response.end(`data: {"at":"${AT}","value":1}\n\ndata: {"at":"noon","value":2}\n\n`);
    });
    const events = await api.streamTicks(client);
    if (!events.ok) throw new Error(events.error.message);
    const seen: unknown[] = [];
    const failure = await (async () => {
      for await (const event of events.data) seen.push(event.data.at);
    })().catch((error: api.ApiCallError<api.AnyCallError>) => error.error);
    expect(seen).toEqual([new Date(AT)]);
    expect(failure).toMatchObject({ kind: 'invalid-body', path: '$.at' });

    server.handle(reply(200, `{"at":"${AT}","value":1}\n{"at":"2024-01-01T00:00:00Z","value":2}\n`, 'application/x-ndjson'));
    const lines = await api.exportTicks(client);
    if (!lines.ok) throw new Error(lines.error.message);
    const ticks = [];
    for await (const tick of lines.data) ticks.push(tick);
    expect(ticks).toEqual([{ at: new Date(AT), value: 1 }, { at: new Date('2024-01-01T00:00:00Z'), value: 2 }]);
  });
});

describe('requests', () => {
  it('sends Dates in the query, a header, the path, a JSON body and a form body as ISO text, leaving the caller objects alone', async () => {
    server.handle(reply(200, { items: [] }));
    await api.listEvents(client, { since: new Date(AT), day: new Date('2024-02-29T00:00:00Z'), 'X-As-Of': new Date('2024-03-01T00:00:00Z') });
    expect(server.requests[0]!.path).toBe('/events?since=2024-02-29T23%3A59%3A58.123Z&day=2024-02-29');
    expect(server.requests[0]!.headers['x-as-of']).toBe('2024-03-01T00:00:00.000Z');

    server.handle(reply(201, { id: 'n', at: AT }));
    const body = { at: new Date(AT), day: new Date('2024-02-29T12:00:00Z'), reminders: [new Date(0)], window: { start: new Date(AT) }, note: 'hi' };
    const created = await api.createEvent(client, { body });
    expect(created.ok && created.data.at).toEqual(new Date(AT));
    expect(JSON.parse(server.requests[1]!.body)).toEqual({ at: AT, day: '2024-02-29', reminders: ['1970-01-01T00:00:00.000Z'], window: { start: AT }, note: 'hi' });
    expect(body.day).toBeInstanceOf(Date);
    expect(body.window.start).toBeInstanceOf(Date);

    server.handle((_request, response) => response.writeHead(204).end());
    await api.putDay(client, { day: new Date('2024-02-29T00:00:00Z'), body: { until: new Date(AT), note: 'n' } });
    expect(server.requests[2]!.path).toBe('/days/2024-02-29');
    expect(server.requests[2]!.body).toBe('until=2024-02-29T23%3A59%3A58.123Z&note=n');
  });

  it('refuses an invalid Date with invalid-request naming it, sending nothing', async () => {
    const result = await api.createEvent(client, { body: { at: new Date(AT), window: { start: new Date('nonsense') } } });
    expect(result.ok || result.error).toMatchObject({ kind: 'invalid-request', parameter: 'body.window.start' });
    expect(server.requests).toHaveLength(0);
  });
});

describe('clients without dates', () => {
  it('carry no codec: no dates.ts, no convert-dates runtime, no codec slot in any descriptor', () => {
    for (const name of ['streams', 'pagination', 'request-bodies', 'schemas']) {
      expect(existsSync(`test/fixtures/generated/${name}/dates.ts`)).toBe(false);
      expect(existsSync(`test/fixtures/generated/${name}/runtime/convert-dates.ts`)).toBe(false);
      expect(readFileSync(`test/fixtures/generated/${name}/operations.ts`, 'utf8')).not.toContain('"codec"');
    }
    // In the dates client, an operation that meets no date passes no codec either.
    const operations = readFileSync('test/fixtures/generated/dates/operations.ts', 'utf8');
    expect(/"id":"getPlain"[^']*"codec"/.test(operations)).toBe(false);
    expect(/"id":"getEvent"[^']*"codec"/.test(operations)).toBe(true);
  });
});
