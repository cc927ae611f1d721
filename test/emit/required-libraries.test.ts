import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { transformSchemaObject } from '../../generator/emit/required-libraries.js';

const run = promisify(execFile);

describe('required-libraries', () => {
  it("takes openapi-typescript's own transformSchemaObject", () => {
    const require = createRequire(import.meta.url);
    expect(transformSchemaObject).toBe((require('openapi-typescript') as typeof import('openapi-typescript')).transformSchemaObject);
  });

  it("loads neither openapi-typescript's index nor Redocly's bundler and validator", async () => {
    // A new process: this one's module cache already holds the index (the test above loads it).
    const script = `
      import(${JSON.stringify(resolve('generator/emit/required-libraries.ts'))}).then((libraries) => {
        const loaded = Object.keys(require.cache);
        console.log(JSON.stringify({
          transform: typeof libraries.transformSchemaObject,
          index: loaded.filter((file) => /openapi-typescript[\\\\/]dist[\\\\/]index\\.cjs$/.test(file)).length,
          redocly: loaded.filter((file) => /@redocly[\\\\/]openapi-core[\\\\/]lib[\\\\/](index|bundle|lint)\\.js$/.test(file)).length,
        }));
      });
    `;
    const { stdout } = await run(resolve('node_modules/.bin/tsx'), ['--eval', script]);
    expect(JSON.parse(stdout.trim())).toEqual({ transform: 'function', index: 0, redocly: 0 });
  });
});
