/**
 * A value's place in a document as a chain of keys, each step pointing at its parent: a walker extends it by one
 * object per step instead of copying an array of segments, and spells it out only for what it reports (an error's
 * position, a reference's source). For large specs the copies were most of a walk's time and garbage.
 */
export interface KeyPath {
  readonly parent: KeyPath | undefined;
  readonly key: string;
  /** How many keys lead here from the root (1 for a top-level key). */
  readonly depth: number;
}

/** The path one key below `parent` (undefined for the root). */
export function childPath(parent: KeyPath | undefined, key: string): KeyPath {
  return { parent, key, depth: (parent?.depth ?? 0) + 1 };
}

/** True when `path` is the document's `components` object. */
export function isComponentsPath(path: KeyPath | undefined): boolean {
  return path?.depth === 1 && path.key === 'components';
}

/** The segments from the root to `path`. */
export function segmentsOf(path: KeyPath | undefined): string[] {
  const segments: string[] = new Array<string>(path?.depth ?? 0);
  for (let step = path; step !== undefined; step = step.parent) segments[step.depth - 1] = step.key;
  return segments;
}

/** The path of `segments` (undefined for none: the root). */
export function pathOf(segments: readonly string[]): KeyPath | undefined {
  let path: KeyPath | undefined;
  for (const segment of segments) path = childPath(path, segment);
  return path;
}
