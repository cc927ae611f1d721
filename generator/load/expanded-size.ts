/**
 * The size a value stands for when its shared parts are written out: a YAML alias, or a part the bundler copies in
 * place, makes a document a graph whose later walks (and JSON.stringify) treat it as the tree it stands for. Ten
 * levels of ten aliases are 644 bytes of YAML and 10^10 values of tree. Each node is measured once (memoised), so
 * the measure costs the graph's size, not the tree's, and stops at the first node past the limit.
 */

/** Where the expansion first passes the limit: the deepest node whose tree is too big, or a node that contains itself. */
export interface OverExpansion<N> {
  /** The node: every child of it is within the limit, but together they pass it (or it contains itself). */
  readonly node: N;
  /** The keys that lead to it from the root, by the first way the walk reached it. */
  readonly path: readonly string[];
  /** True when the node contains itself (a YAML alias inside its own anchor), which no limit could allow. */
  readonly cycle: boolean;
}

/**
 * Describes one node to the measure: returns the node's own size (its brackets, keys and scalar children, in
 * characters of the JSON it stands for) and calls `child` for each child that is itself a collection.
 */
export type EnterNode<N> = (node: N, child: (key: string, value: N) => void) => number;

/** One node on the walk's stack: entered, its children pending, their sizes summed into `size`. */
interface Frame<N> {
  readonly node: N;
  readonly key: string;
  /** The index of the parent's frame on the stack (-1 for the root); the parent stays below its children. */
  readonly parent: number;
  size: number;
  /** False until the children are pushed; then the frame waits for them to finish. */
  entered: boolean;
}

/**
 * Measures `root` as the tree it stands for, in JSON characters, and returns the first node whose tree passes
 * `limit` (or that contains itself); undefined when the whole value is within the limit. Without recursion.
 */
export function findOverExpansion<N extends object>(root: N, limit: number, enter: EnterNode<N>): OverExpansion<N> | undefined {
  /** Finished nodes' sizes; -1 marks a node whose children are still being measured. */
  const sizes = new Map<N, number>();
  const stack: Array<Frame<N>> = [{ node: root, key: '', parent: -1, size: 0, entered: false }];
  const pathTo = (index: number, last?: string): string[] => {
    const keys: string[] = last === undefined ? [] : [last];
    for (let at = index; at > 0; at = stack[at]!.parent) keys.push(stack[at]!.key);
    return keys.reverse();
  };
  let cycle: OverExpansion<N> | undefined;
  while (stack.length > 0) {
    const index = stack.length - 1;
    const frame = stack[index]!;
    if (frame.entered) {
      if (frame.size > limit) return { node: frame.node, path: pathTo(index), cycle: false };
      stack.pop();
      sizes.set(frame.node, frame.size);
      if (frame.parent >= 0) stack[frame.parent]!.size += frame.size;
      continue;
    }
    const known = sizes.get(frame.node);
    if (known !== undefined) {
      // Pushed twice before either was measured (two aliases side by side): the first one measured serves both.
      if (known < 0) return { node: frame.node, path: pathTo(index), cycle: true };
      stack.pop();
      stack[frame.parent]!.size += known;
      continue;
    }
    frame.entered = true;
    sizes.set(frame.node, -1);
    // Read after the call: memoised children add their sizes to the frame while `enter` runs.
    const own = enter(frame.node, (key, value) => {
      if (cycle) return;
      const known = sizes.get(value);
      if (known === undefined) stack.push({ node: value, key, parent: index, size: 0, entered: false });
      else if (known >= 0) frame.size += known;
      else cycle = { node: value, path: pathTo(index, key), cycle: true };
    });
    frame.size += own;
    if (cycle) return cycle;
  }
  return undefined;
}

/** The JSON size of a scalar: a string's characters and quotes; a number, boolean or null counted as a short word. */
export function scalarSize(value: unknown): number {
  return typeof value === 'string' ? value.length + 2 : 5;
}

/** Describes a parsed JSON or YAML value (plain objects and arrays) to the measure. */
export const enterJsonValue: EnterNode<object> = (node, child) => {
  if (Array.isArray(node)) {
    let size = 2;
    for (let index = 0; index < node.length; index++) {
      const item: unknown = node[index];
      if (item !== null && typeof item === 'object') child(String(index), item);
      else size += scalarSize(item);
      size += 1;
    }
    return size;
  }
  let size = 2;
  const record = node as Record<string, unknown>;
  for (const key in record) {
    if (!Object.prototype.hasOwnProperty.call(record, key)) continue;
    const item = record[key];
    if (item !== null && typeof item === 'object') child(key, item);
    else size += scalarSize(item);
    size += key.length + 4;
  }
  return size;
};
