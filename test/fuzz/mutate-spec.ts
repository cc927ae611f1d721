/**
 * Mutations of real specs, the way hand edits and broken tools damage them: a key deleted, a value of the wrong
 * type, a dangling `$ref`, a duplicated operationId, a hostile rename, nesting 10,000 deep, a long chain of
 * references. Each mutation is a pure function of the spec and the numbers fast-check draws, so a seed replays it.
 */
import fc from 'fast-check';
import { componentRef, HOSTILE_NAMES } from './openapi-arbitraries.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Container = Json[] | { [key: string]: Json };

export const MUTATION_KINDS = ['delete-key', 'change-type', 'dangle-ref', 'duplicate-operation-id', 'rename-schema', 'nest-deep', 'reference-chain'] as const;
export type MutationKind = (typeof MUTATION_KINDS)[number];

export interface Mutation {
  readonly kind: MutationKind;
  /** Picks the node to mutate, modulo the number of candidates. */
  readonly pick: number;
  /** A second pick, where a mutation needs one. */
  readonly other: number;
  /** The value a changed node gets. */
  readonly replacement: Json;
  /** A hostile name for renames. */
  readonly name: string;
}

export const anyMutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom(...MUTATION_KINDS),
  pick: fc.nat(),
  other: fc.nat(),
  replacement: fc.constantFrom<Json>(0, -1, 1.5, '', 'x', true, null, [], {}, [1], { $ref: 1 }, { type: 'nonsense' }),
  name: fc.constantFrom(...HOSTILE_NAMES),
});

/** How deep `nest-deep` nests, and how long a `reference-chain` is. */
export interface MutationSizes {
  readonly nesting: number;
  readonly chain: number;
}

/** Every container node with its parent and key, found without recursion, in document order. */
function containers(root: Json): Array<{ node: Container; parent?: Container; key?: string | number }> {
  const found: Array<{ node: Container; parent?: Container; key?: string | number }> = [];
  const stack: Array<{ node: Json; parent?: Container; key?: string | number }> = [{ node: root }];
  while (stack.length > 0) {
    const entry = stack.pop()!;
    const { node } = entry;
    if (node === null || typeof node !== 'object') continue;
    found.push(entry as { node: Container; parent?: Container; key?: string | number });
    const children = Array.isArray(node) ? node.map((child, index) => [index, child] as const) : Object.entries(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]![1], parent: node, key: children[i]![0] });
  }
  return found;
}

function setChild(parent: Container, key: string | number, value: Json): void {
  if (Array.isArray(parent)) parent[key as number] = value;
  else Object.defineProperty(parent, key, { value, enumerable: true, writable: true, configurable: true });
}

const isObject = (value: Json | undefined): value is { [key: string]: Json } => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Applies `mutation` to a copy of `spec` and returns the JSON text to write (text, since 10,000 levels do not stringify). */
export function mutateSpec(spec: Json, mutation: Mutation, sizes: MutationSizes): string {
  const copy = JSON.parse(JSON.stringify(spec)) as Json;
  const nodes = containers(copy);
  const pickFrom = <T>(list: readonly T[], pick = mutation.pick): T | undefined => (list.length === 0 ? undefined : list[pick % list.length]);
  let deep: string | undefined;
  switch (mutation.kind) {
    case 'delete-key': {
      const target = pickFrom(nodes.filter(({ node }) => isObject(node) && Object.keys(node).length > 0));
      if (target && isObject(target.node)) delete target.node[pickFrom(Object.keys(target.node), mutation.other)!];
      break;
    }
    case 'change-type': {
      const target = pickFrom(nodes.filter(({ parent }) => parent !== undefined));
      if (target) setChild(target.parent!, target.key!, mutation.replacement);
      break;
    }
    case 'dangle-ref': {
      const target = pickFrom(nodes.filter(({ node }) => isObject(node) && typeof node.$ref === 'string'));
      if (target && isObject(target.node)) target.node.$ref = mutation.other % 2 === 0 ? '#/components/schemas/DoesNotExist' : './missing.yaml#/Thing';
      break;
    }
    case 'duplicate-operation-id': {
      const operations = nodes.filter(({ node }) => isObject(node) && typeof node.operationId === 'string').map(({ node }) => node as { [key: string]: Json });
      const [a, b] = [pickFrom(operations), pickFrom(operations, mutation.other)];
      if (a && b) b.operationId = a.operationId!;
      break;
    }
    case 'rename-schema': {
      const schemas = isObject(copy) && isObject(copy.components) && isObject(copy.components.schemas) ? copy.components.schemas : undefined;
      const old = schemas ? pickFrom(Object.keys(schemas)) : undefined;
      if (schemas && old !== undefined && !(mutation.name in schemas)) {
        const entries = Object.entries(schemas).map(([key, value]) => [key === old ? mutation.name : key, value] as const);
        for (const key of Object.keys(schemas)) delete schemas[key];
        for (const [key, value] of entries) setChild(schemas, key, value);
        const from = componentRef('schemas', old);
        for (const { node } of containers(copy)) if (isObject(node) && node.$ref === from) node.$ref = componentRef('schemas', mutation.name);
      }
      break;
    }
    case 'nest-deep': {
      const target = pickFrom(nodes.filter(({ parent, key }) => parent !== undefined && (key === 'schema' || key === 'items')));
      if (target) {
        setChild(target.parent!, target.key!, '__NEST_DEEP__');
        deep = `${'{"type":"array","items":'.repeat(sizes.nesting)}${JSON.stringify(target.node)}${'}'.repeat(sizes.nesting)}`;
      }
      break;
    }
    case 'reference-chain': {
      const target = pickFrom(nodes.filter(({ parent, key }) => parent !== undefined && key === 'schema'));
      if (target && isObject(copy)) {
        const components = (isObject(copy.components) ? copy.components : (copy.components = {})) as { [key: string]: Json };
        const schemas = (isObject(components.schemas) ? components.schemas : (components.schemas = {})) as { [key: string]: Json };
        for (let i = 0; i < sizes.chain; i++) setChild(schemas, `Chain${i}`, i === sizes.chain - 1 ? { type: 'string' } : { $ref: componentRef('schemas', `Chain${i + 1}`) });
        setChild(target.parent!, target.key!, { $ref: componentRef('schemas', 'Chain0') });
      }
      break;
    }
  }
  const text = JSON.stringify(copy, null, 1);
  return deep === undefined ? text : text.replace('"__NEST_DEEP__"', deep);
}
