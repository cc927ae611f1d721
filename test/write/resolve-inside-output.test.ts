/** resolveInsideOutput: the one check before every write, rename and delete; paths outside and links on the way are refused. */
import { mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatSpecError, SpecError } from '../../generator/load/spec-error.js';
import { resolveInsideOutput } from '../../generator/write/resolve-inside-output.js';

let root: string;
let output: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'inside-output-'));
  output = join(root, 'out');
  await mkdir(join(output, 'real/deeper'), { recursive: true });
  await mkdir(join(root, 'elsewhere'));
  await symlink(join(root, 'elsewhere'), join(output, 'link'));
  await symlink(join(root, 'elsewhere'), join(output, 'real/inner-link'));
  await symlink(output, join(root, 'out-link'));
});
afterAll(() => rm(root, { recursive: true, force: true }));

async function refusal(out: string, entry: string): Promise<string> {
  const error = await resolveInsideOutput(out, entry, 'write').then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error, entry).toBeInstanceOf(SpecError);
  return formatSpecError(error as SpecError);
}

describe('resolveInsideOutput', () => {
  it.each(['pets', 'pets.staging-12', 'real/deeper/x.ts', 'not-yet/there.ts', 'pets/../store'])('allows %s', async (entry) => {
    expect(await resolveInsideOutput(output, entry, 'write')).toBe(join(output, entry));
  });

  it.each(['', '.', '..', '../x', 'pets/../..', 'a/../../x', '/etc/passwd', 'a\0b'])('refuses %j: not inside the output folder', async (entry) => {
    expect(await refusal(output, entry)).toMatch(/^error: refusing to write .*: it is not inside the output folder .*\n {2}hint: /);
  });

  it('refuses a path through or at a symbolic link below the output folder, naming the link and where it leads', async () => {
    expect(await refusal(output, 'link')).toBe(
      `error: refusing to write ${join(output, 'link')}: ${join(output, 'link')} is a symbolic link (to ${join(root, 'elsewhere')}), and the generator writes and removes only real files and folders inside the output folder\n` +
        '  hint: remove the link and run again; to write the client elsewhere, change the output folder (--out, or `output` in the config)',
    );
    expect(await refusal(output, 'link/index.ts')).toMatch(/is a symbolic link/);
    expect(await refusal(output, 'real/inner-link/x.ts')).toMatch(/real\/inner-link is a symbolic link/);
  });

  it('lets the output folder itself be a link (the user chose it)', async () => {
    expect(await resolveInsideOutput(join(root, 'out-link'), 'real/x.ts', 'remove')).toBe(join(root, 'out-link/real/x.ts'));
  });
});
