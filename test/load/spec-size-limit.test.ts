/**
 * `maxSpecBytes`: a spec file (or a file it refers to) larger than the limit is refused before it is read, a stream
 * is read only up to it, and half of it bounds what aliases expand to; the setting is read from client.yaml and the
 * config file's API entry.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadApi, loadFiles, loadSpecFile } from '../../generator/load/load-api.js';
import { formatSpecError, SpecError } from '../../generator/load/spec-error.js';
import { formatBytes, parseByteSize } from '../../generator/load/spec-size-limit.js';

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'spec-size-'));
});
afterAll(() => rm(work, { recursive: true, force: true }));

const SPEC = "openapi: 3.1.0\ninfo: { title: Sized, version: '1' }\npaths: {}\n";

async function failure(promise: Promise<unknown>): Promise<SpecError> {
  const error = await promise.then(() => undefined, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(SpecError);
  return error as SpecError;
}

describe('sizes in settings', () => {
  it.each([
    { given: 1000, want: 1000 },
    { given: '256 MiB', want: 256 * 2 ** 20 },
    { given: '200MB', want: 200_000_000 },
    { given: '1.5 GiB', want: 1.5 * 2 ** 30 },
    { given: '64 kib', want: 65_536 },
    { given: 0, want: undefined },
    { given: -1, want: undefined },
    { given: 1.5, want: undefined },
    { given: 'lots', want: undefined },
    { given: '5 TB', want: undefined },
    { given: true, want: undefined },
  ])('reads $given as $want', ({ given, want }) => {
    expect(parseByteSize(given)).toBe(want);
  });

  it.each([
    { bytes: 900, want: '900 bytes' },
    { bytes: 2048, want: '2 KiB' },
    { bytes: 128 * 2 ** 20, want: '128 MiB' },
    { bytes: 129.5 * 2 ** 20, want: '129.5 MiB' },
  ])('writes $bytes as $want', ({ bytes, want }) => {
    expect(formatBytes(bytes)).toBe(want);
  });
});

describe('files larger than maxSpecBytes', () => {
  it('refuses a spec file of 129 MiB before reading it', async () => {
    const file = join(work, 'huge.yaml');
    await writeFile(file, SPEC);
    // Sparse: no disk is used, and a read would take a while.
    await truncate(file, 129 * 2 ** 20);
    const error = await failure(loadSpecFile(file));
    expect(formatSpecError(error)).toBe(
      [
        `${file}: error: the file is 129 MiB, more than \`maxSpecBytes\` (128 MiB)`,
        '  hint: if the spec is genuine, raise `maxSpecBytes` (for example `maxSpecBytes: 256 MiB`) in its API entry of openapi-client.config.yaml or in its client.yaml',
      ].join('\n'),
    );
  });

  it('takes the limit from client.yaml, for the spec and, at the $ref, for a file it refers to', async () => {
    const api = join(work, 'limited');
    mkdirSync(join(api, 'parts'), { recursive: true });
    writeFileSync(join(api, 'client.yaml'), 'maxSpecBytes: 1 KiB\n');
    writeFileSync(join(api, 'openapi.yaml'), `${SPEC}components:\n  schemas:\n    Big: { $ref: './parts/big.yaml' }\n`);
    writeFileSync(join(api, 'parts', 'big.yaml'), `type: string\ndescription: ${'x'.repeat(2048)}\n`);
    const atReference = await failure(loadApi(api));
    expect(atReference.message).toBe('$ref "./parts/big.yaml" names a file of 2 KiB, more than `maxSpecBytes` (1 KiB)');
    expect(atReference.positions[0]).toMatchObject({ file: join(api, 'openapi.yaml'), line: 6 });
    writeFileSync(join(api, 'openapi.yaml'), `${SPEC}x-padding: ${'y'.repeat(2048)}\n`);
    const atFile = await failure(loadApi(api));
    expect(atFile.message).toBe('the file is 2.1 KiB, more than `maxSpecBytes` (1 KiB)');
    expect(atFile.positions).toEqual([{ file: join(api, 'openapi.yaml') }]);
  });

  it('bounds aliases by half of the limit it is given', async () => {
    const api = join(work, 'aliases');
    mkdirSync(api, { recursive: true });
    writeFileSync(join(api, 'client.yaml'), 'maxSpecBytes: 64 KiB\n');
    const levels = ['l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let level = 1; level < 5; level++) levels.push(`l${level}: &l${level} [${Array(10).fill(`*l${level - 1}`).join(', ')}]`);
    writeFileSync(join(api, 'openapi.yaml'), `${SPEC}x-aliases:\n${levels.map((line) => `  ${line}`).join('\n')}\n`);
    const error = await failure(loadApi(api));
    expect(error.message).toBe('with its YAML aliases written out, this value would be more than 32 KiB as compact JSON, half of `maxSpecBytes` (64 KiB)');
  });

  it('reads a pipe the user names only up to the limit', async () => {
    const pipe = join(work, 'input.yaml');
    execFileSync('mkfifo', [pipe]);
    const writer = spawn('sh', ['-c', `{ printf '${SPEC.replace(/\n/g, '\\n')}x: '; yes y | head -c 100000; } > '${pipe}'`], { stdio: 'ignore' });
    const error = await failure(loadFiles('piped', work, [pipe], { operationNames: {}, schemaNames: {}, maxSpecBytes: 4096 }));
    writer.kill();
    expect(formatSpecError(error)).toMatch(/^\S+input\.yaml: error: the input holds more than `maxSpecBytes` \(4 KiB\)$/m);
  });

  it('refuses a malformed limit at its line', async () => {
    const api = join(work, 'malformed');
    mkdirSync(api, { recursive: true });
    writeFileSync(join(api, 'client.yaml'), 'prettier: false\nmaxSpecBytes: lots\n');
    writeFileSync(join(api, 'openapi.yaml'), SPEC);
    const error = await failure(loadApi(api));
    expect(formatSpecError(error)).toBe(
      [
        `${join(api, 'client.yaml')}:2:15: error: "maxSpecBytes" must be a number of bytes`,
        '  hint: for example `maxSpecBytes: 256 MiB` (units: B, KB, MB, GB, KiB, MiB, GiB)',
      ].join('\n'),
    );
  });
});
