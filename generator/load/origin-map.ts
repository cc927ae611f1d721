/**
 * Where the parts of a bundled document were written. The bundler moves parts of other files under `components`
 * and copies others in place, so a pointer into the bundled document no longer names a place in the spec's own
 * file: the bundler records, for each object it moves or copies, the file and key path it came from, and
 * `locator` turns a bundled pointer back into that file's line, so errors and warnings point where the content
 * is written. Objects are recorded by identity: a part shared by several references has one origin, as it has one
 * place in its file.
 */
import { segmentsOf, type KeyPath } from './key-path.js';
import { ownValue } from './own-property.js';
import type { SourcePosition } from './spec-error.js';

/** Finds the place of a value in one file, by the segments of its pointer there. */
export type Locate = (segments: readonly string[]) => SourcePosition;

interface Origin {
  readonly locate: Locate;
  readonly path: KeyPath | undefined;
}

/** The origins of a bundled document's moved and copied objects. */
export class OriginMap {
  private readonly origins = new WeakMap<object, Origin>();

  /** Records that `value` is written at `path` of the file `locate` reads. */
  record(value: object, locate: Locate, path: KeyPath | undefined): void {
    this.origins.set(value, { locate, path });
  }

  /**
   * A `locate` for `document`: the deepest recorded object on the pointer's way gives the file and the place
   * there, the rest of the pointer continuing from it; with none, `fallback` (the spec's own file) places it.
   */
  locator(document: unknown, fallback: Locate): Locate {
    return (segments) => {
      let origin: Origin | undefined;
      let depth = 0;
      let current: unknown = document;
      for (let index = 0; index <= segments.length; index++) {
        if (current === null || typeof current !== 'object') break;
        const found = this.origins.get(current);
        if (found) {
          origin = found;
          depth = index;
        }
        if (index === segments.length) break;
        current = ownValue(current as Record<string, unknown>, segments[index]!);
      }
      return origin ? origin.locate([...segmentsOf(origin.path), ...segments.slice(depth)]) : fallback(segments);
    };
  }
}
