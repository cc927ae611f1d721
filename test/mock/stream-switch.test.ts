/** streamSwitch: which operations switch between a body and a stream by the request body's boolean `stream`. */
import { describe, expect, it } from 'vitest';
import { streamSwitch, switchValue } from '../../generator/mock/stream-switch.js';
import { modelFromYaml } from '../support/build-model.js';

/** A spec with one operation whose request body and 200 content are `body` and `content`. */
function switchOf(body: string, content: string): string | undefined {
  const model = modelFromYaml(`
openapi: 3.0.3
info: { title: Switch, version: '1' }
components:
  schemas:
    Base: { type: object, properties: { model: { type: string } } }
    Flag: { type: boolean, nullable: true }
paths:
  /complete:
    post:
      operationId: complete
      requestBody:
        content:
${body}
      responses:
        '200':
          description: OK
          content:
${content}
`);
  return streamSwitch(model.operations[0]!, model.document);
}

const SHARED = `            application/json: { schema: { type: object } }
            text/event-stream: { schema: { type: object } }`;

describe('streamSwitch', () => {
  const table: Array<{ name: string; body: string; content: string; want: string | undefined }> = [
    { name: 'a boolean stream property beside JSON and events', body: `          application/json: { schema: { type: object, properties: { stream: { type: boolean } } } }`, content: SHARED, want: 'stream' },
    { name: 'through allOf and $ref, nullable (OpenAI)', body: `          application/json: { schema: { allOf: [{ $ref: '#/components/schemas/Base' }, { properties: { stream: { $ref: '#/components/schemas/Flag' } } }] } }`, content: SHARED, want: 'stream' },
    { name: 'a multipart field (OpenAI transcriptions)', body: `          multipart/form-data: { schema: { type: object, properties: { file: { type: string, format: binary }, stream: { type: boolean } } } }`, content: SHARED, want: 'stream' },
    { name: 'JSON Lines beside JSON', body: `          application/json: { schema: { type: object, properties: { stream: { type: boolean } } } }`, content: `            application/json: { schema: { type: object } }\n            application/x-ndjson: { schema: { type: object } }`, want: 'stream' },
    { name: 'no stream beside the body', body: `          application/json: { schema: { type: object, properties: { stream: { type: boolean } } } }`, content: `            application/json: { schema: { type: object } }`, want: undefined },
    { name: 'only a stream: nothing to switch', body: `          application/json: { schema: { type: object, properties: { stream: { type: boolean } } } }`, content: `            text/event-stream: { schema: { type: object } }`, want: undefined },
    { name: 'a stream property that is not a boolean', body: `          application/json: { schema: { type: object, properties: { stream: { type: string, enum: [sse, audio] } } } }`, content: SHARED, want: undefined },
    { name: 'no stream property', body: `          application/json: { schema: { type: object, properties: { prompt: { type: string } } } }`, content: SHARED, want: undefined },
  ];
  it.each(table)('$name', ({ body, content, want }) => {
    expect(switchOf(body, content)).toBe(want);
  });

  it('reads true and false, from JSON and from form fields, and nothing else', () => {
    expect([{ stream: true }, { stream: 'true' }, { stream: false }, { stream: 'false' }, { stream: 1 }, {}, null, 'stream', [true]].map((body) => switchValue(body, 'stream'))).toEqual([true, true, false, false, undefined, undefined, undefined, undefined, undefined]);
    expect(switchValue(JSON.parse('{"__proto__":{"stream":true}}'), 'stream')).toBeUndefined();
  });
});
