/**
 * The one rule for which files a spec may make us read. A spec and everything it refers to are untrusted: a `$ref`
 * may only name a YAML or JSON file (`.yaml`, `.yml`, `.json`) inside the spec's roots, which are the folders of the
 * files the user named (a folder input's folder, an input file's folder) and the folders the user lists under `roots`
 * in the config file's API entry or in client.yaml; not a hidden file, nor one in a hidden folder (`.npmrc`, `.env`,
 * `.docker/config.json` hold credentials, never specs). URLs of any scheme (`file:` too), absolute paths, `..` that
 * leaves the roots, links whose real path breaks the rule, and anything that is not a regular file (folders, pipes,
 * devices, `/proc` and `/sys` files) are refused, and a refused file is never opened: the written reference is
 * checked before the file system is asked anything, and the real path before the file is opened.
 * @see https://spec.openapis.org/oas/v3.1.0#relative-references-in-uris
 */
import { realpath, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { dirname, extname, isAbsolute, join, normalize, relative, resolve, sep } from 'node:path';
import { clip, printable } from '../report/terminal-text.js';
import { FileTooLarge, readTextFile } from './read-text-file.js';
import { DEFAULT_MAX_SPEC_BYTES, formatBytes, RAISE_SIZE_HINT } from './spec-size-limit.js';
import { SpecError } from './spec-error.js';

/** Why a reference may not be read: what follows `$ref "…"` in the error, and what the user can do. */
export interface Refusal {
  readonly reason: string;
  readonly hint: string;
}

/** Where a reference's file part leads: a file that may be read (normalised path), or a refusal. */
export type ReferenceTarget = { readonly file: string } | { readonly refusal: Refusal };

/** Thrown by `readFile` for a file the rule refuses; the bundler reports it at the `$ref` that named the file. */
export class FileRefused extends Error implements Refusal {
  constructor(
    readonly reason: string,
    readonly hint: string,
  ) {
    super(reason);
    this.name = 'FileRefused';
  }
}

/** A scheme (`https:`, `file:`, `urn:`), as a URI reference starts with one. */
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
/** A Windows drive (`C:\`, `c:/`), which would otherwise read as a scheme. */
const DRIVE = /^[a-z]:[\\/]/i;
/** File systems whose files are the kernel's, not specs, wherever a root is. */
const KERNEL_FILES = /^\/(proc|sys|dev)(\/|$)/;
/** What a reference may read: the files the loader parses as YAML or JSON. */
const SPEC_PART_EXTENSIONS = new Set(['.yaml', '.yml', '.json']);
/** The hint of refusals for what a file is rather than where it is. */
const PART_HINT = 'a $ref reads only YAML and JSON files (.yaml, .yml, .json) that are not hidden; refer to such a file';

/** The refusal of an absolute path, wherever it points: a spec that names files by absolute paths reads the reader's disk. */
const ABSOLUTE: Refusal = {
  reason: 'is an absolute path; a reference names a file by a path relative to the file that holds it',
  hint: 'write the path relative to the file that holds the $ref (for example ./schemas/pet.yaml)',
};

/** A path as the user reads it: relative to the working directory when inside it; escaped and clipped (a spec wrote it). */
function shown(path: string): string {
  const fromHere = relative(process.cwd(), path);
  return printable(clip(fromHere === '' ? '.' : isInside(path, process.cwd()) ? fromHere : path, 300));
}

/** A spec-supplied text quoted for a message: escaped, clipped, with no control character left raw. */
export function quoted(text: string): string {
  return printable(clip(JSON.stringify(text), 300));
}

/** True when `path` is `folder` or inside it (both absolute and normalised). */
function isInside(path: string, folder: string): boolean {
  const fromFolder = relative(folder, path);
  return fromFolder === '' || (fromFolder !== '..' && !fromFolder.startsWith(`..${sep}`) && !isAbsolute(fromFolder));
}

/** What a file system entry is, for a refusal. */
function kindOf(info: Stats): string {
  if (info.isDirectory()) return 'a folder';
  if (info.isFIFO()) return 'a named pipe';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  return 'a special file';
}

/** The folders a spec's references may read from, as given and as real paths, and the size limit of each file. */
export class SpecRoots {
  private constructor(
    /** Absolute, normalised: what a written reference is checked against. */
    private readonly folders: readonly string[],
    /** Real paths (links resolved): what a file's real path is checked against. */
    private readonly realFolders: readonly string[],
    readonly maxBytes: number,
  ) {}

  /**
   * The roots of a spec: `inputFolders` (the folders of the files the user named) and `listed` (the `roots`
   * setting, already resolved against the file that lists them). A listed folder that does not exist is an error.
   */
  static async of(inputFolders: readonly string[], listed: readonly string[] = [], maxBytes = DEFAULT_MAX_SPEC_BYTES): Promise<SpecRoots> {
    const folders = [...new Set([...inputFolders, ...listed].map((folder) => resolve(folder)))];
    const realFolders = await Promise.all(
      folders.map((folder) =>
        realpath(folder).catch(() => {
          throw new SpecError(`the folder ${shown(folder)} listed in \`roots\` does not exist`, [{ file: folder }], 'list folders that exist, relative to the file that lists them');
        }),
      ),
    );
    return new SpecRoots(folders, realFolders, maxBytes);
  }

  /** The roots, as the user reads them, for messages. */
  describe(): string {
    const names = this.folders.map(shown);
    return names.length === 1 ? `the spec's folder (${names[0]})` : `the spec's folders (${names.join(', ')})`;
  }

  /**
   * The file that the file part of `ref` (a `$ref` without its `#fragment`, not empty) names when written in the
   * file `from`, or why it may not be read. Asks the file system nothing: a refusal here opens nothing.
   */
  target(ref: string, from: string): ReferenceTarget {
    const hash = ref.indexOf('#');
    const written = hash === -1 ? ref : ref.slice(0, hash);
    if (DRIVE.test(written) || (!SCHEME.test(written) && (written.startsWith('/') || written.startsWith('\\')))) return { refusal: ABSOLUTE };
    if (SCHEME.test(written)) {
      return {
        refusal: {
          reason: 'is a URL; only files inside the spec\'s roots are read, never URLs (`file:` included)',
          hint: `download the document into ${this.describe()} and refer to it by a relative path`,
        },
      };
    }
    let path = written;
    try {
      path = decodeURI(written);
    } catch {
      // A malformed percent-escape: take the path as written.
    }
    if (path.includes('\0')) return { refusal: { reason: 'holds a NUL character, which no file name has', hint: 'remove it from the reference' } };
    if (isAbsolute(path)) return { refusal: ABSOLUTE };
    const file = join(dirname(from), path);
    const absolute = resolve(file);
    const refusal = this.refusalOf(absolute, this.folders, () => ({
      reason: `leads outside ${this.describe()}, to ${shown(absolute)}`,
      hint: this.rootsHint(dirname(absolute)),
    }));
    return refusal ? { refusal } : { file: normalize(file) };
  }

  /**
   * Why `path` (absolute) may not be read from `folders`: `outside` them all, hidden (a file or folder whose name
   * starts with `.`) below each that holds it, or not a YAML or JSON file; undefined when it may be.
   */
  private refusalOf(path: string, folders: readonly string[], outside: () => Refusal): Refusal | undefined {
    const holders = folders.filter((folder) => isInside(path, folder));
    if (holders.length === 0) return outside();
    if (holders.every((folder) => relative(folder, path).split(sep).some((name) => name.startsWith('.')))) {
      return { reason: `names ${shown(path)}, a hidden file or a file in a hidden folder (those hold settings and credentials, not specs)`, hint: PART_HINT };
    }
    if (!SPEC_PART_EXTENSIONS.has(extname(path).toLowerCase())) {
      return { reason: `names ${shown(path)}, which is not a YAML or JSON file`, hint: PART_HINT };
    }
    return undefined;
  }

  /**
   * Reads a file that `target` allowed, once its real path is known to be inside a root and to be a regular file
   * within the size limit; throws FileRefused otherwise (and the file system's error for a file that is missing).
   */
  async readFile(file: string): Promise<string> {
    const real = await realpath(file);
    // The written path passed `target`; the real one must pass the same rule (a link may lead anywhere).
    const refusal = this.refusalOf(real, this.realFolders, () => ({
      reason: `names ${shown(resolve(file))}, which leads (through a link) to ${shown(real)}, outside ${this.describe()}`,
      hint: this.rootsHint(dirname(real)),
    }));
    if (refusal) throw new FileRefused(refusal.reason, refusal.hint);
    if (KERNEL_FILES.test(real)) throw new FileRefused(`names ${shown(real)}, a file of the kernel, not a spec`, PART_HINT);
    const info = await stat(real);
    if (!info.isFile()) throw new FileRefused(`names ${kindOf(info)} (${shown(real)}), not a regular file`, PART_HINT);
    try {
      return await readTextFile(real, this.maxBytes, true);
    } catch (cause) {
      if (cause instanceof FileTooLarge) {
        throw new FileRefused(`names a file of ${formatBytes(cause.bytes)}, more than \`maxSpecBytes\` (${formatBytes(this.maxBytes)})`, RAISE_SIZE_HINT);
      }
      if ((cause as NodeJS.ErrnoException).code === 'ENOTREG' || (cause as NodeJS.ErrnoException).code === 'ELOOP') {
        throw new FileRefused(`names ${shown(real)}, which changed into something other than a regular file while it was read`, PART_HINT);
      }
      throw cause;
    }
  }

  /** How to allow `folder`: the `roots` setting. */
  private rootsHint(folder: string): string {
    return (
      `if you trust ${shown(folder)}, list it under \`roots\` in the API's entry of openapi-client.config.yaml or in its ` +
      'client.yaml (relative to that file), for example `roots: [../shared-schemas]`'
    );
  }
}
