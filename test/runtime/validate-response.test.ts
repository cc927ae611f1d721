/** The runtime response validator on schemas that refer to themselves: it ends at once, reading them as their least meaning. */
import { describe, expect, it } from 'vitest';
import { createResponseValidation } from '../../templates/validate-response.js';

const response = new Response(null, { status: 200 });

describe('createResponseValidation', () => {
  it('reads a schema that includes itself as its least meaning, at once (before, `A: anyOf: [$ref A, string]` accepted any value)', () => {
    // `A: anyOf: [$ref A, string]` accepts strings only; `B: allOf: [$ref B, …]` accepts nothing.
    const schemas = String.raw`
["A",{"anyOf":[{"$ref":"A"},{"type":"string"}]}]
["B",{"allOf":[{"$ref":"B"},{"type":"object"}]}]
["C",{"oneOf":[{"$ref":"C"},{"$ref":"A"},{"type":"array","items":{"$ref":"C"}}]}]`;
    const operations = String.raw`
["getA",{"200":{"$ref":"A"}}]
["getB",{"200":{"$ref":"B"}}]
["getC",{"200":{"$ref":"C"}}]`;
    const validation = createResponseValidation(schemas, operations);
    expect(validation.check('getA', '200', 'text', 'GET /a', response)).toBeUndefined();
    expect(validation.check('getA', '200', 5, 'GET /a', response)?.kind).toBe('invalid-body');
    expect(validation.check('getB', '200', {}, 'GET /b', response)?.kind).toBe('invalid-body');
    expect(validation.check('getC', '200', [['x', ['y']], 'z'], 'GET /c', response)).toBeUndefined();
    expect(validation.check('getC', '200', [[1]], 'GET /c', response)?.kind).toBe('invalid-body');
  });
});
