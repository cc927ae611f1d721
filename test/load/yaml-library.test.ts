import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

describe('yamlLibrary', () => {
  it('is loaded only when a position or a merge key needs it, not to read a JSON or a plain YAML spec', async () => {
    // A new process: this one's module cache may hold the package already.
    const script = `
      // The loader whole (load-api imports every module a load needs), then the reader it uses.
      import(${JSON.stringify(resolve('generator/load/load-api.ts'))}).then(() => import(${JSON.stringify(resolve('generator/load/read-spec-source.ts'))})).then((source) => {
        const loaded = () => Object.keys(require.cache).some((file) => /[\\\\/]node_modules[\\\\/]yaml[\\\\/]dist[\\\\/]index\\.js$/.test(file));
        source.parseRawText('spec.json', '{"openapi":"3.1.0","info":{"title":"t","version":"1"},"paths":{}}');
        source.parseRawText('spec.yaml', 'openapi: 3.1.0\\ninfo: { title: t, version: "1" }\\npaths: {}\\n');
        const before = loaded();
        let line;
        try {
          source.parseRawText('broken.yaml', 'openapi: 3.1.0\\ninfo: [\\n');
        } catch (error) {
          line = error.positions?.[0]?.line;
        }
        console.log(JSON.stringify({ before, after: loaded(), line }));
      });
    `;
    const { stdout } = await run(resolve('node_modules/.bin/tsx'), ['--eval', script]);
    expect(JSON.parse(stdout.trim())).toEqual({ before: false, after: true, line: expect.any(Number) });
  });
});
