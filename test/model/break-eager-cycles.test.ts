import { describe, expect, it } from 'vitest';
import { breakEagerCycles } from '../../generator/model/break-eager-cycles.js';

const ref = (key: string) => ({ $ref: `#/components/schemas/${key}` });

describe('breakEagerCycles', () => {
  it.each([
    { name: 'a self-reference in oneOf', given: { C: { oneOf: [ref('C'), { type: 'string' }] } }, changed: ['C'], want: { C: { oneOf: [{}, { type: 'string' }] } } },
    { name: 'a self-reference in allOf', given: { C: { allOf: [ref('C'), { type: 'object' }] } }, changed: ['C'], want: { C: { allOf: [{}, { type: 'object' }] } } },
    { name: 'a pure alias cycle, keeping the description', given: { A: ref('B'), B: { ...ref('A'), description: 'b' } }, changed: ['B'], want: { A: ref('B'), B: { description: 'b' } } },
    {
      name: 'recursion through properties, items and additionalProperties (deferred, so kept)',
      given: { N: { properties: { next: ref('N') } }, L: { items: ref('L') }, M: { additionalProperties: ref('M') }, T: { oneOf: [{ items: ref('T') }, { type: 'string' }] } },
      changed: [],
      want: { N: { properties: { next: ref('N') } }, L: { items: ref('L') }, M: { additionalProperties: ref('M') }, T: { oneOf: [{ items: ref('T') }, { type: 'string' }] } },
    },
    {
      name: 'inheritance with the union in the base: the allOf reference is cut, the union kept',
      given: { Pet: { oneOf: [ref('Cat'), ref('Dog')] }, Cat: { allOf: [ref('Pet'), { type: 'object' }] }, Dog: { type: 'object' } },
      changed: ['Cat'],
      want: { Pet: { oneOf: [ref('Cat'), ref('Dog')] }, Cat: { allOf: [{}, { type: 'object' }] }, Dog: { type: 'object' } },
    },
    {
      name: 'a union member wrapped in allOf (a discriminator literal) is still a union member',
      given: { Pet: { oneOf: [{ allOf: [ref('Cat'), { const: 'cat' }] }] }, Cat: { allOf: [ref('Pet')] } },
      changed: ['Cat'],
      want: { Pet: { oneOf: [{ allOf: [ref('Cat'), { const: 'cat' }] }] }, Cat: { allOf: [{}] } },
    },
    { name: 'allOf without a cycle is kept', given: { A: { allOf: [ref('B')] }, B: { type: 'object' } }, changed: [], want: { A: { allOf: [ref('B')] }, B: { type: 'object' } } },
  ])('$name', ({ given, changed, want }) => {
    const schemas = structuredClone(given) as Record<string, unknown>;
    expect(breakEagerCycles(schemas)).toEqual(changed);
    expect(schemas).toEqual(want);
  });

  it('cuts the same reference whatever order the schemas are written in', () => {
    const forward = { A: { oneOf: [ref('B'), { type: 'string' }] }, B: { anyOf: [ref('A'), { type: 'number' }] } };
    const backward = { B: forward.B, A: forward.A };
    const [one, two] = [structuredClone(forward), structuredClone(backward)] as Array<Record<string, unknown>>;
    breakEagerCycles(one!);
    breakEagerCycles(two!);
    expect(JSON.stringify(one!.A)).toBe(JSON.stringify(two!.A));
    expect(JSON.stringify(one!.B)).toBe(JSON.stringify(two!.B));
  });

  it('follows chains and cycles of 100,000 references without recursion', () => {
    const count = 100_000;
    const chain: Record<string, unknown> = {};
    for (let i = 0; i < count; i++) chain[`S${i}`] = i === count - 1 ? ref('S0') : { oneOf: [ref(`S${i + 1}`), { type: 'string' }] };
    expect(breakEagerCycles(chain)).toEqual(['S99999']);
  });
});
