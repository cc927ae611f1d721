/** `prettier: true` in an API's settings formats its client with prettier; without it the emitter's own layout stands. */
import { describe, expect, it } from 'vitest';
import { format } from 'prettier';
import { generateTarget, readRuntimeTemplates } from '../../generator/generate.js';
import { PRETTIER_OPTIONS } from '../../generator/format/format-files.js';
import { parseApiConfig } from '../../generator/load/read-api-config.js';

const spec = 'specs/smithery';

describe('the prettier setting', () => {
  it('is off by default: files keep the emitter layout (double quotes), and the runtime is copied as it is', async () => {
    const runtime = await readRuntimeTemplates();
    const plain = await generateTarget({ name: 'smithery', inputs: [spec], baseDir: '.', settings: {} }, runtime);
    const operations = plain.files.find((file) => file.path === 'operations.ts')!.content;
    expect(operations).toContain('import { sendRequest } from "./runtime/send-request.js";');
    const sendRequest = plain.files.find((file) => file.path === 'runtime/send-request.ts')!.content;
    expect(sendRequest).toContain((runtime.find((file) => file.path === 'send-request.ts')!.content).slice(0, 200));
  });

  it('prettier: true gives exactly what prettier makes of each TypeScript file, with the pinned options', async () => {
    const runtime = await readRuntimeTemplates();
    const settings = parseApiConfig('client.yaml', 'prettier: true\n');
    expect(settings.prettier).toBe(true);
    const plain = await generateTarget({ name: 'smithery', inputs: [spec], baseDir: '.', settings: {} }, runtime);
    const pretty = await generateTarget({ name: 'smithery', inputs: [spec], baseDir: '.', settings }, runtime);
    for (const path of ['operations.ts', 'schemas.ts', 'client.ts', 'index.ts']) {
      const before = plain.files.find((file) => file.path === path)!.content;
      const after = pretty.files.find((file) => file.path === path)!.content;
      expect(after, path).toBe(await format(before, PRETTIER_OPTIONS));
    }
    expect(pretty.files.find((file) => file.path === 'operations.ts')!.content).toContain("from './runtime/send-request.js';");
  });

  it('anything but a boolean is refused at its line', () => {
    expect(() => parseApiConfig('client.yaml', 'operationNames: {}\nprettier: yes please\n')).toThrow(/"prettier" must be true or false/);
  });
});
