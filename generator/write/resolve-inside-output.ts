/**
 * The one check every write, rename and delete of the generator passes before it happens (see write-output.ts,
 * remove-stale-clients.ts, output-manifest.ts): the path, resolved, lies strictly inside the output folder, and
 * nothing that already exists on the way to it below the output folder is a symbolic link, so neither a name nor a
 * link sitting in committed output can send a write or a delete anywhere else. The output folder itself is the
 * user's own choice (trusted) and may be, or lie under, a link.
 */
import { lstat, readlink } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { SpecError } from '../load/spec-error.js';
import { printable } from '../report/terminal-text.js';

/** What the caller is about to do with the path, for the message. */
export type OutputAction = 'read' | 'write' | 'remove';

/** The absolute path of `entry` (relative to `output`), once checked to stay inside it; a SpecError otherwise. */
export async function resolveInsideOutput(output: string, entry: string, action: OutputAction): Promise<string> {
  const root = resolve(output);
  const target = resolve(root, entry);
  const inside = relative(root, target);
  if (entry.includes('\0') || inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
    throw new SpecError(
      `refusing to ${action} ${show(target)}: it is not inside the output folder ${show(root)}`,
      [],
      'the generator writes and removes only the client folders inside the output folder; check the API name',
    );
  }
  let path = root;
  for (const part of inside.split(sep)) {
    path = join(path, part);
    const info = await lstat(path).catch((cause: NodeJS.ErrnoException) => {
      if (cause.code === 'ENOENT' || cause.code === 'ENOTDIR') return undefined;
      throw cause;
    });
    if (info === undefined) break;
    if (info.isSymbolicLink()) {
      const to = await readlink(path).catch(() => '?');
      throw new SpecError(
        `refusing to ${action} ${show(target)}: ${show(path)} is a symbolic link (to ${printable(to)}), and the generator writes and removes only real files and folders inside the output folder`,
        [],
        'remove the link and run again; to write the client elsewhere, change the output folder (--out, or `output` in the config)',
      );
    }
  }
  return target;
}

/** A path as messages show it: relative to the working directory when below it, control characters escaped. */
function show(path: string): string {
  const fromCwd = relative(process.cwd(), path);
  return printable(fromCwd === '' ? '.' : fromCwd.startsWith('..') || isAbsolute(fromCwd) ? path : fromCwd);
}
