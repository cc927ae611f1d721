/**
 * Writes a synthetic OpenAPI 3.1 document of N operations and N schemas, shaped like large real APIs: CRUD
 * resources with path, query and header parameters, JSON bodies, paged lists, documented errors, and schemas that
 * refer to each other (nested objects, arrays, enums, unions, nullable fields). Deterministic for a given N.
 * `npm run synthetic-spec -- 5000 out.json`; the benchmark calls `syntheticSpec(n)`.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A small deterministic generator (mulberry32), so the same N always gives the same document. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The document for `operations` operations (rounded down to whole resources of five) and as many schemas. */
export function syntheticSpec(operations: number): Record<string, unknown> {
  const next = random(operations);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const resources = Math.max(1, Math.floor(operations / 5));
  const schemas: Record<string, unknown> = {
    Error: {
      type: 'object',
      required: ['code', 'message'],
      properties: { code: { type: 'string', enum: ['not_found', 'invalid', 'conflict', 'internal'] }, message: { type: 'string' }, details: { type: 'array', items: { type: 'string' } } },
    },
  };
  const paths: Record<string, unknown> = {};
  const errors = {
    '400': { description: 'Invalid request', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
    '404': { description: 'Not found', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
  };
  for (let r = 0; r < resources; r++) {
    const name = `Resource${r}`;
    const other = `Resource${Math.floor(next() * resources)}`;
    const properties: Record<string, unknown> = {
      id: { type: 'string', format: 'uuid', description: `The ${name} id.` },
      createdAt: { type: 'string', format: 'date-time' },
      status: { type: 'string', enum: pick([['active', 'archived'], ['draft', 'published', 'deleted'], ['on', 'off']]) },
      count: { type: 'integer', minimum: 0 },
      tags: { type: 'array', items: { type: 'string' } },
      owner: { oneOf: [{ type: 'null' }, { $ref: `#/components/schemas/${other}` }] },
      settings: { type: 'object', additionalProperties: { type: ['string', 'number', 'boolean'] } },
    };
    for (let f = 0; f < 3 + Math.floor(next() * 6); f++) properties[`field${f}`] = pick([{ type: 'string' }, { type: 'number' }, { type: 'boolean' }, { type: ['string', 'null'] }]);
    schemas[name] = { type: 'object', description: `A ${name}.`, required: ['id', 'createdAt', 'status'], properties };
    for (let extra = 1; extra < 5 && Object.keys(schemas).length < operations; extra++) {
      schemas[`${name}Part${extra}`] = { allOf: [{ $ref: `#/components/schemas/${name}` }, { type: 'object', properties: { [`part${extra}`]: { type: 'string' } } }] };
    }
    const ref = { $ref: `#/components/schemas/${name}` };
    const json = (schema: unknown) => ({ 'application/json': { schema } });
    const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };
    const tag = `group${r % 50}`;
    paths[`/v1/resources${r}`] = {
      get: {
        operationId: `list${name}`,
        tags: [tag],
        summary: `List ${name} items`,
        parameters: [
          { name: 'cursor', in: 'query', schema: { type: 'string' } },
          { name: 'limit', in: 'query', schema: { type: 'integer', maximum: 100 } },
          { name: 'status', in: 'query', schema: { type: 'array', items: { type: 'string' } }, explode: false },
        ],
        responses: {
          '200': { description: 'A page', content: json({ type: 'object', required: ['data'], properties: { data: { type: 'array', items: ref }, nextCursor: { type: ['string', 'null'] } } }) },
          ...errors,
        },
      },
      post: {
        operationId: `create${name}`,
        tags: [tag],
        summary: `Create a ${name}`,
        parameters: [{ name: 'Idempotency-Key', in: 'header', schema: { type: 'string' } }],
        requestBody: { required: true, content: json(ref) },
        responses: { '201': { description: 'Created', content: json(ref) }, ...errors },
      },
    };
    paths[`/v1/resources${r}/{id}`] = {
      get: { operationId: `get${name}`, tags: [tag], parameters: [idParam], responses: { '200': { description: 'The item', content: json(ref) }, ...errors } },
      patch: {
        operationId: `update${name}`,
        tags: [tag],
        parameters: [idParam],
        requestBody: { content: { ...json({ type: 'object', properties: { status: properties.status, tags: properties.tags } }), 'application/x-www-form-urlencoded': { schema: { type: 'object', properties: { status: { type: 'string' } } } } } },
        responses: { '200': { description: 'Updated', content: json(ref) }, ...errors },
      },
      delete: { operationId: `delete${name}`, tags: [tag], deprecated: r % 7 === 0, parameters: [idParam], responses: { '204': { description: 'Deleted' }, ...errors } },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: `Synthetic API (${operations} operations)`, version: '1.0.0' },
    servers: [{ url: 'https://api.example.com' }],
    components: { schemas, securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    security: [{ bearer: [] }],
    paths,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [count = '1000', out = `synthetic-${count}.json`] = process.argv.slice(2);
  writeFileSync(out, `${JSON.stringify(syntheticSpec(Number(count)), null, 2)}\n`);
  console.log(`wrote ${out}`);
}
