/**
 * Type tests, checked by `tsc` (npm run typecheck), never executed: results narrow on `ok`, errors on `kind`
 * and `status`, switches are exhaustive, and wrong calls do not compile.
 */
import { expectTypeOf } from 'vitest';
import * as kambrium from '../../generated/kambrium/index.js';
import {
  createClient,
  createResources,
  deleteServer,
  getConnection,
  type Connection,
  type DeleteSuccess,
  type GetConnectionError,
  type RegistryError,
  type SmitheryError,
} from '../../generated/smithery/index.js';
import * as bodies from '../fixtures/generated/request-bodies/index.js';
import * as readWrite from '../fixtures/generated/read-write/index.js';
import * as recursion from '../fixtures/generated/recursion/index.js';
import * as responses from '../fixtures/generated/responses/index.js';
import * as schemas from '../fixtures/generated/schemas/index.js';

const client = createClient({ token: 't' });

export async function resultNarrowsOnOk(): Promise<void> {
  const result = await getConnection(client, { namespace: 'a', connectionId: 'b' });
  if (result.ok) {
    expectTypeOf(result.data).toEqualTypeOf<Connection>();
    expectTypeOf(result.status).toEqualTypeOf<200>();
    // @ts-expect-error a success has no error
    void result.error;
  } else {
    expectTypeOf(result.error).toEqualTypeOf<GetConnectionError>();
    // @ts-expect-error a failure has no data
    void result.data;
  }
}

/** Returns a label per error; compiles only while the switch covers every member. */
export function describeGetConnectionError(error: GetConnectionError): string {
  switch (error.kind) {
    case 'http':
      switch (error.status) {
        case 400:
          expectTypeOf(error.body).toEqualTypeOf<SmitheryError>();
          return `bad request: ${error.body.message}`;
        case 404:
          expectTypeOf(error.body).toEqualTypeOf<SmitheryError>();
          return `not found: ${error.body.error}`;
        default: {
          const unreachable: never = error;
          return unreachable;
        }
      }
    case 'unexpected-status':
      expectTypeOf(error.body).toBeUnknown();
      expectTypeOf(error.status).toEqualTypeOf<number>();
      return `status ${error.status}`;
    case 'network':
    case 'timeout':
    case 'aborted':
    case 'invalid-body':
    case 'invalid-request':
    case 'body-too-large':
      return error.message;
    default: {
      const unreachable: never = error;
      return unreachable;
    }
  }
}

export async function deleteServerTypes(): Promise<void> {
  const result = await deleteServer(client, { qualifiedName: 'acme/srv' });
  if (result.ok) expectTypeOf(result.data).toEqualTypeOf<DeleteSuccess>();
  else if (result.error.kind === 'http') {
    expectTypeOf(result.error.status).toEqualTypeOf<404>();
    expectTypeOf(result.error.body).toEqualTypeOf<RegistryError>();
  }
}

export async function wrongCallsDoNotCompile(): Promise<void> {
  // @ts-expect-error connectionId is required
  await getConnection(client, { namespace: 'a' });
  // @ts-expect-error namespace must be a string
  await getConnection(client, { namespace: 1, connectionId: 'b' });
  // @ts-expect-error unknown parameters are rejected
  await getConnection(client, { namespace: 'a', connectionId: 'b', limit: 3 });
  // @ts-expect-error the parameters object is required when a parameter is
  await getConnection(client);
  // @ts-expect-error options are typed
  await getConnection(client, { namespace: 'a', connectionId: 'b' }, { signal: 'stop' });
}

export async function kambriumTypes(): Promise<void> {
  const k = kambrium.createClient({ token: async () => 'refreshed' });
  await kambrium.deleteMcpServer(k, { server_id: 123 });
  await kambrium.deleteMcpServer(k, { server_id: 'srv_123abc' });
  // @ts-expect-error server_id is a string or an integer
  await kambrium.deleteMcpServer(k, { server_id: true });
  // @ts-expect-error Content-Type is sent by the client, never passed
  await kambrium.deleteMcpServer(k, { server_id: 1, 'Content-Type': 'application/json' });
  const result = await kambrium.deleteMcpServer(k, { server_id: 1 });
  if (!result.ok && result.error.kind === 'http') {
    expectTypeOf(result.error.status).toEqualTypeOf<401 | 403 | 404 | 500>();
    expectTypeOf(result.error.body).toEqualTypeOf<kambrium.ErrorDetail>();
  }
  if (result.ok) expectTypeOf(result.data.message).toEqualTypeOf<string>();
}

export async function rangesAndDefault(): Promise<void> {
  const c = responses.createClient();
  const result = await responses.getItem(c, { id: 'x' });
  if (result.ok) {
    expectTypeOf(result.status).toEqualTypeOf<200 | 202>();
    if (result.status === 200) expectTypeOf(result.headers['x-rate-limit-remaining']).toEqualTypeOf<number>();
    if (result.status === 202) expectTypeOf(result.data).toEqualTypeOf<{ queuePosition: number }>();
    return;
  }
  const error = result.error;
  switch (error.kind) {
    case 'http':
      if (error.status === 404) expectTypeOf(error.body).toEqualTypeOf<responses.Problem>();
      else {
        expectTypeOf(error.status).toEqualTypeOf<Exclude<responses.StatusRange<4>, 404>>();
        // @ts-expect-error 500 is not in the 4XX range
        const impossible: typeof error.status = 500;
        void impossible;
      }
      break;
    case 'default':
      expectTypeOf(error.body).toEqualTypeOf<string>();
      break;
    // @ts-expect-error a documented `default` replaces unexpected-status
    case 'unexpected-status':
      break;
  }
}

export async function readAndWriteViewsDiffer(): Promise<void> {
  const c = readWrite.createClient();
  // @ts-expect-error the server assigns `id`: a request may not send it
  await readWrite.createUser(c, { body: { id: 'u1', name: 'Ann', password: 'pw' } });
  const created = await readWrite.createUser(c, { body: { name: 'Ann', password: 'pw' } });
  if (created.ok) {
    expectTypeOf(created.data.id).toEqualTypeOf<string>();
    // @ts-expect-error `password` is writeOnly: a response never carries it
    void created.data.password;
  }
  expectTypeOf<readWrite.TeamInput['lead']>().toEqualTypeOf<readWrite.UserInput | undefined>();
}

export function discriminatedUnionsNarrow(shape: schemas.Shape, vehicle: schemas.Car | schemas.Bike, labels: schemas.Labels): void {
  if (shape.kind === 'circle') expectTypeOf(shape.radius).toEqualTypeOf<number>();
  else expectTypeOf(shape.side).toEqualTypeOf<number>();
  if (vehicle.vehicleType === 'car') expectTypeOf(vehicle.doors).toEqualTypeOf<number | undefined>();
  // Known optional keys beside an index signature of another type (TS2411 in some generators) still type-check.
  expectTypeOf(labels.count).toEqualTypeOf<number | undefined>();
  expectTypeOf<schemas.Point>().toEqualTypeOf<[number, number]>();
}

/** A multipart body behind a `$ref`: binary fields take a Blob, through nested references too; a string does not. */
export async function multipartReferenceTakesBlobs(): Promise<void> {
  const c = bodies.createClient();
  await bodies.uploadDocuments(c, { id: 'p1', body: { file: new Blob(['x']), attachment: { data: new Blob(['y']), label: 'l' } } });
  // @ts-expect-error a file part is a Blob, not a string
  await bodies.uploadDocuments(c, { id: 'p1', body: { file: 'not bytes' } });
}

/** Recursive shapes compile and accept what their schemas allow; discriminated members keep their own values. */
export function recursiveShapesAcceptValidValues(): void {
  const everything: recursion.Everything = {
    selfOneOf: 'leaf',
    selfAnyOf: null,
    selfAllOf: { a: 'x' },
    mutual: 3,
    items: [[], [[]]],
    additional: { a: { b: {} } },
    linked: { value: 1, next: { value: 2 } },
    negated: { anything: true },
    tree: ['a', ['b', ['c']]],
    pet: { kind: 'dog', barks: true },
    event: { type: 'other.thing' },
    required: { name: 'n' },
  };
  void everything;
  // A member whose own enum is `other.thing` keeps it (it was once given its component name, `Other`).
  expectTypeOf<recursion.Other['type']>().toEqualTypeOf<'other.thing'>();
  // Members allowing more than the mapped value keep their values, and narrow in the union.
  expectTypeOf<recursion.Created['type']>().toEqualTypeOf<'created' | 'made' | null>();
  const event = {} as recursion.RecursionEvent;
  if (event.type === 'deleted') expectTypeOf(event).toMatchTypeOf<recursion.Deleted>();
  if (event.type === 'stream.started') expectTypeOf(event.type).toEqualTypeOf<'stream.started'>();
  // allOf of a nullable component with required keys: required on the object, null still allowed.
  const named: recursion.RequiredName = { name: 'x' };
  const none: recursion.RequiredName = null;
  void [named, none];
  // @ts-expect-error `name` is required on the object
  const unnamed: recursion.RequiredName = {};
  void unnamed;
  const pet = {} as recursion.Pet;
  if (pet.kind === 'cat') expectTypeOf(pet.meows).toEqualTypeOf<boolean>();
  // A boolean discriminator narrows on `true`/`false` (mapping keys are strings; the property is not).
  const toggle: recursion.Toggle = { enabled: true, level: 2 };
  if (toggle.enabled) expectTypeOf(toggle).toMatchTypeOf<recursion.On>();
  // @ts-expect-error the mapping key 'true' is not the value: the property is a boolean
  const wrong: recursion.Toggle = { enabled: 'true' };
  void wrong;
}

/** The grouped client: the same parameters, options and results as the flat functions. */
export async function groupedClient(): Promise<void> {
  const resources = createResources(createClient());
  expectTypeOf(resources.connections.get).parameters.toEqualTypeOf<Parameters<typeof getConnection> extends [unknown, ...infer Rest] ? Rest : never>();
  expectTypeOf(resources.connections.get).returns.toEqualTypeOf<ReturnType<typeof getConnection>>();
  const result = await resources.connections.get({ namespace: 'a', connectionId: 'b' });
  if (result.ok) expectTypeOf(result.data).toEqualTypeOf<Connection>();
  // @ts-expect-error connectionId is required
  await resources.connections.get({ namespace: 'a' });
  // @ts-expect-error no such method: connections are fetched with get
  await resources.connections.fetch({ namespace: 'a', connectionId: 'b' });
  // @ts-expect-error listing connections pages: its options are paginate's, and a list has no connectionId
  await resources.connections.list({ namespace: 'a', connectionId: 'b' });
}
