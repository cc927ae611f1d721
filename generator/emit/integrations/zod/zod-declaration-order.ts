/**
 * The order zod.ts declares the component schemas in: each after the schemas it refers to, so most references are
 * plain identifiers, evaluated once when the module loads. References that close a cycle cannot be (the schema they
 * name is not declared yet); those become `z.lazy`. Within a cycle, the members of a discriminated union come before
 * the union, which needs them declared to `.extend` them. Found without recursion, in time linear in the schemas.
 */
import { isDataKey } from '../../../load/data-keys.js';
import { schemaComponentKey } from '../../../load/json-pointer.js';

type Schema = Readonly<Record<string, unknown>>;

/** The component keys of `schemas` in declaration order; `keys` gives the order to start from (and breaks ties). */
export function zodDeclarationOrder(keys: readonly string[], schemas: Readonly<Record<string, unknown>>): string[] {
  const known = new Set(keys);
  const references = new Map(keys.map((key) => [key, referencesOf(schemas[key], known)]));
  const order: string[] = [];
  for (const component of stronglyConnected(keys, references)) order.push(...membersFirst(component, schemas, known));
  return order;
}

/** The component keys `schema` refers to anywhere inside it (examples, enums and extensions aside), in the order met. */
function referencesOf(schema: unknown, known: ReadonlySet<string>): { all: string[]; members: string[] } {
  const all = new Set<string>();
  const members = new Set<string>();
  const stack: Array<{ value: unknown; names: boolean }> = [{ value: schema, names: false }];
  while (stack.length > 0) {
    const { value, names } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index--) stack.push({ value: value[index], names: false });
      continue;
    }
    const record = value as Schema;
    const target = names ? undefined : schemaComponentKey(record.$ref);
    if (target !== undefined && known.has(target)) all.add(target);
    if (!names && record.discriminator !== undefined) for (const member of unionMembers(record)) if (known.has(member)) members.add(member);
    const entries = Object.entries(record);
    for (let index = entries.length - 1; index >= 0; index--) {
      const [key, child] = entries[index]!;
      if (!names && isDataKey(key, true)) continue;
      stack.push({ value: child, names: !names && (key === 'properties' || key === 'patternProperties' || key === '$defs') });
    }
  }
  return { all: [...all], members: [...members] };
}

/** The components a discriminated union's members refer to (`$ref`, or the first `allOf` part of a narrowed member). */
function unionMembers(record: Schema): string[] {
  const members = Array.isArray(record.oneOf) ? record.oneOf : Array.isArray(record.anyOf) ? record.anyOf : [];
  return members.flatMap((member) => {
    const direct = schemaComponentKey((member as Schema | null)?.$ref);
    const narrowed = schemaComponentKey(((member as Schema | null)?.allOf as Schema[] | undefined)?.[0]?.$ref);
    return [direct ?? narrowed ?? []].flat();
  });
}

/** Tarjan's strongly connected components, iteratively: each component comes after every component it refers to. */
function stronglyConnected(keys: readonly string[], references: ReadonlyMap<string, { all: readonly string[] }>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;
  for (const start of keys) {
    if (index.has(start)) continue;
    const path: Array<{ key: string; next: number }> = [{ key: start, next: 0 }];
    index.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (path.length > 0) {
      const top = path[path.length - 1]!;
      const targets = references.get(top.key)?.all ?? [];
      if (top.next < targets.length) {
        const target = targets[top.next++]!;
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
        const component: string[] = [];
        for (let member = stack.pop()!; ; member = stack.pop()!) {
          onStack.delete(member);
          component.push(member);
          if (member === top.key) break;
        }
        components.push(component.reverse());
      }
    }
  }
  return components;
}

/** A cycle's members with the members of its discriminated unions first (Kahn's algorithm; what still loops keeps its place). */
function membersFirst(component: readonly string[], schemas: Readonly<Record<string, unknown>>, known: ReadonlySet<string>): string[] {
  if (component.length === 1) return [...component];
  const inside = new Set(component);
  const needs = new Map(component.map((key) => [key, new Set(referencesOf(schemas[key], known).members.filter((member) => inside.has(member) && member !== key))]));
  const order: string[] = [];
  const placed = new Set<string>();
  for (let progress = true; progress; ) {
    progress = false;
    for (const key of component) {
      if (placed.has(key) || [...needs.get(key)!].some((member) => !placed.has(member))) continue;
      order.push(key);
      placed.add(key);
      progress = true;
    }
  }
  return [...order, ...component.filter((key) => !placed.has(key))];
}
