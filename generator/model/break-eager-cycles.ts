/**
 * Breaks the reference cycles TypeScript cannot express. A component schema becomes a type alias; TypeScript
 * resolves an alias eagerly through unions, intersections and other aliases, and only defers through object members
 * and array elements. So `C: { oneOf: [{ $ref: C }, { type: string }] }` (`type C = C | string`) and `A: $ref B`,
 * `B: $ref A` are rejected (TS2456), while `Node: { properties: { next: { $ref: Node } } }` is fine.
 *
 * The references that close an eager cycle are replaced by `{}` (any value), keeping their other keywords, so the
 * type stays permissive and no valid value is lost. `allOf` references are cut first: dropping one only widens the
 * type, and in the common `Pet: oneOf [Cat, Dog]`, `Cat: allOf [Pet, …]` pattern it keeps the union whole. Union
 * references are cut only on cycles made of unions and aliases alone.
 * Runs in time linear in the schemas and without recursion, so reference chains of any length are safe.
 */
import { schemaComponentKey } from '../load/json-pointer.js';
import { hasOwn, setOwn } from '../load/own-property.js';

/**
 * One eager reference inside a component schema: its target, where it is, and whether the schema's outermost
 * combinator on the way to it is `allOf` (a union member wrapped in `allOf` to add a discriminator literal is still
 * a union member).
 */
interface EagerReference {
  readonly from: string;
  readonly target: string;
  readonly underAllOf: boolean;
  readonly container: Record<string, unknown> | unknown[];
  readonly key: string | number;
}

/** The eager references of one schema, found without recursion (inline subschemas of allOf/anyOf/oneOf included). */
function eagerReferences(schemas: Record<string, unknown>, from: string): EagerReference[] {
  const found: EagerReference[] = [];
  type Entry = { schema: unknown; container: Record<string, unknown> | unknown[]; key: string | number; underAllOf: boolean; root: boolean };
  const stack: Entry[] = [{ schema: schemas[from], container: schemas, key: from, underAllOf: false, root: true }];
  while (stack.length > 0) {
    const { schema, container, key, underAllOf, root } = stack.pop()!;
    if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) continue;
    const record = schema as Record<string, unknown>;
    const target = schemaComponentKey(record.$ref);
    if (target !== undefined && hasOwn(schemas, target)) found.push({ from, target, underAllOf, container, key });
    for (const keyword of ['oneOf', 'anyOf', 'allOf']) {
      const members = record[keyword];
      if (!Array.isArray(members)) continue;
      for (let index = members.length - 1; index >= 0; index--) {
        stack.push({ schema: members[index], container: members, key: index, underAllOf: root ? keyword === 'allOf' : underAllOf, root: false });
      }
    }
  }
  return found.reverse();
}

/** The references that close a cycle in the graph of `edges` (depth-first back edges), visiting `keys` in order. */
function backEdges(keys: readonly string[], edges: ReadonlyMap<string, readonly EagerReference[]>): Set<EagerReference> {
  const state = new Map<string, 'open' | 'done'>();
  const closing = new Set<EagerReference>();
  for (const start of keys) {
    if (state.has(start)) continue;
    const path: Array<{ key: string; next: number }> = [{ key: start, next: 0 }];
    state.set(start, 'open');
    while (path.length > 0) {
      const top = path[path.length - 1]!;
      const references = edges.get(top.key) ?? [];
      if (top.next === references.length) {
        state.set(top.key, 'done');
        path.pop();
        continue;
      }
      const reference = references[top.next++]!;
      const seen = state.get(reference.target);
      if (seen === 'open') closing.add(reference);
      else if (seen === undefined) {
        state.set(reference.target, 'open');
        path.push({ key: reference.target, next: 0 });
      }
    }
  }
  return closing;
}

/** The strongly connected component of each key (Tarjan's algorithm, iterative), as a component number. */
function componentsOf(keys: readonly string[], edges: ReadonlyMap<string, readonly EagerReference[]>): Map<string, number> {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const component = new Map<string, number>();
  let counter = 0;
  let components = 0;
  for (const start of keys) {
    if (index.has(start)) continue;
    const path: Array<{ key: string; next: number }> = [{ key: start, next: 0 }];
    index.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (path.length > 0) {
      const top = path[path.length - 1]!;
      const references = edges.get(top.key) ?? [];
      if (top.next < references.length) {
        const { target } = references[top.next++]!;
        if (!index.has(target)) {
          index.set(target, counter);
          low.set(target, counter++);
          stack.push(target);
          onStack.add(target);
          path.push({ key: target, next: 0 });
        } else if (onStack.has(target)) low.set(top.key, Math.min(low.get(top.key)!, index.get(target)!));
        continue;
      }
      path.pop();
      if (path.length > 0) {
        const parent = path[path.length - 1]!.key;
        low.set(parent, Math.min(low.get(parent)!, low.get(top.key)!));
      }
      if (low.get(top.key) === index.get(top.key)) {
        for (let member = stack.pop()!; ; member = stack.pop()!) {
          onStack.delete(member);
          component.set(member, components);
          if (member === top.key) break;
        }
        components++;
      }
    }
  }
  return component;
}

/** A topological order of an acyclic graph (Kahn's algorithm, ties broken by key): each key before those it refers to. */
function topologicalPositions(keys: readonly string[], edges: ReadonlyMap<string, readonly EagerReference[]>): Map<string, number> {
  const incoming = new Map(keys.map((key) => [key, 0]));
  for (const references of edges.values()) for (const { target } of references) incoming.set(target, incoming.get(target)! + 1);
  const ready = keys.filter((key) => incoming.get(key) === 0);
  const positions = new Map<string, number>();
  for (let next = 0; next < ready.length; next++) {
    const key = ready[next]!;
    positions.set(key, next);
    for (const { target } of edges.get(key) ?? []) {
      const left = incoming.get(target)! - 1;
      incoming.set(target, left);
      if (left === 0) ready.push(target);
    }
  }
  return positions;
}

/**
 * Replaces, in place, every reference that closes an eager cycle among `schemas`; returns the keys of the schemas
 * changed, sorted. Which reference of a cycle is cut depends only on the schemas, never on their order in the file.
 */
export function breakEagerCycles(schemas: Record<string, unknown>): string[] {
  const keys = Object.keys(schemas).sort();
  const all = keys.flatMap((key) => eagerReferences(schemas, key));
  const byKind = (underAllOf: boolean) => {
    const edges = new Map<string, EagerReference[]>();
    for (const reference of all) if (reference.underAllOf === underAllOf) edges.set(reference.from, [...(edges.get(reference.from) ?? []), reference]);
    return edges;
  };
  // Cycles of unions and aliases alone can only be broken by cutting one of them.
  const unions = byKind(false);
  const cut = backEdges(keys, unions);
  for (const [from, references] of unions) unions.set(from, references.filter((reference) => !cut.has(reference)));
  // What cycles remain pass through allOf references. Within each strongly connected component the union
  // references are acyclic now: order them, and cut the component's allOf references that point back.
  const remaining = new Map<string, EagerReference[]>();
  for (const reference of all) if (!cut.has(reference)) remaining.set(reference.from, [...(remaining.get(reference.from) ?? []), reference]);
  const component = componentsOf(keys, remaining);
  const positions = topologicalPositions(keys, unions);
  for (const reference of all) {
    if (!reference.underAllOf || component.get(reference.target) !== component.get(reference.from)) continue;
    if (positions.get(reference.target)! <= positions.get(reference.from)!) cut.add(reference);
  }
  const changed = new Set<string>();
  for (const { from, container, key } of cut) {
    const { $ref: _ref, ...rest } = (container as Record<string | number, Record<string, unknown>>)[key]!;
    if (Array.isArray(container)) container[key as number] = rest;
    else setOwn(container, key as string, rest);
    changed.add(from);
  }
  return [...changed].sort();
}
