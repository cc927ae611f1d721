/**
 * Type tests of createMockFetch, checked by `tsc` (npm run typecheck), never executed: handlers receive the
 * operation's params, and a reply with an undocumented status or the wrong body for its status does not compile.
 */
import { expectTypeOf } from 'vitest';
import type { GetPetParams, Pet, Problem } from '../fixtures/generated/mock/index.js';
import { createMockFetch, type MockHandlers } from '../fixtures/generated/mock/mock.js';

export function handlersAreTypedByTheClient(): void {
  createMockFetch({
    getPet: (params) => {
      expectTypeOf(params).toEqualTypeOf<GetPetParams>();
      expectTypeOf(params.petId).toEqualTypeOf<number>();
      return { status: 200, body: { id: params.petId, name: 'Tom', kind: 'cat' } satisfies Pet };
    },
    listPets: () => ({ status: 400, body: { message: 'bad' } satisfies Problem }),
    uploadPetPhoto: () => ({ status: 204 }),
  });
}

export function wrongRepliesDoNotCompile(): void {
  const handlers: MockHandlers = {
    // @ts-expect-error 201 is not a documented status of getPet
    getPet: () => ({ status: 201, body: { id: 1, name: 'Tom', kind: 'cat' } }),
    // @ts-expect-error the 200 body is a list of pets, not one pet
    listPets: () => ({ status: 200, body: { id: 1, name: 'Tom', kind: 'cat' } }),
    // @ts-expect-error `hamster` is not a documented kind
    createPet: () => ({ status: 201, body: { id: 1, name: 'Tom', kind: 'hamster' } }),
    // @ts-expect-error the 422 body is a Problem, which needs a message
    logIn: () => ({ status: 422, body: {} }),
  };
  void handlers;
}

export function inheritedNamesStillTakeLiterals(): void {
  // `constructor` is an operation here, and a member of every object: both must be accepted.
  createMockFetch({});
  createMockFetch({ constructor: (params) => ({ status: 200, body: { id: params.id } }) });
}
