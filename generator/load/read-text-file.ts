/**
 * Reads a file's text, never more than a limit: a regular file larger than the limit is refused before any byte is
 * read, and anything else (a pipe the user names, `--spec <(curl …)`) is read only up to the limit.
 */
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';

/** Thrown when a file is larger than the limit; `bytes` is its size, or for a stream the limit it passed. */
export class FileTooLarge extends Error {
  constructor(
    readonly file: string,
    readonly bytes: number,
    /** False for a stream, whose whole size is not known: it holds more than `bytes`. */
    readonly exact: boolean,
  ) {
    super(`${file} is larger than the limit`);
    this.name = 'FileTooLarge';
  }
}

/** Opens a file for reading without following a last link and without waiting on a pipe (see `readRegularFile`). */
const NO_SURPRISES = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;

/** Reads `file` as UTF-8, at most `maxBytes` of it; `regularOnly` refuses, before reading, what is not a regular file. */
export async function readTextFile(file: string, maxBytes: number, regularOnly = false): Promise<string> {
  const handle = await open(file, regularOnly ? NO_SURPRISES : constants.O_RDONLY);
  try {
    const info = await handle.stat();
    if (regularOnly && !info.isFile()) throw Object.assign(new Error(`${file} is not a regular file`), { code: 'ENOTREG' });
    if (info.isFile() && info.size > maxBytes) throw new FileTooLarge(file, info.size, true);
    // A regular file is read in one buffer of its size; it could grow meanwhile, so reads stop at the limit anyway.
    let buffer = Buffer.allocUnsafe(Math.min(maxBytes + 1, info.isFile() ? info.size + 1 : 64 * 1024));
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > maxBytes) throw new FileTooLarge(file, maxBytes, false);
        const larger = Buffer.allocUnsafe(Math.min(maxBytes + 1, buffer.length * 2));
        buffer.copy(larger, 0, 0, length);
        buffer = larger;
      }
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) throw new FileTooLarge(file, info.isFile() ? Math.max(info.size, length) : maxBytes, info.isFile());
    return buffer.toString('utf8', 0, length);
  } finally {
    await handle.close();
  }
}
