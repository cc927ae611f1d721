/**
 * The grouped client's tree: each operation sits under the resources its path's static segments name, as the path
 * writes them (`/servers/{qualifiedName}/releases/{id}` → `servers.releases`), as a method named by its REST verb
 * (`get`, `list`, `create`, `resume`; see rest-operation-name.ts). Where two methods of one resource would share a
 * name, or a method would share a sub-resource's name, each such method takes its operation's function name; an
 * operation whose path has no static segment sits at the top under its function name. client.yaml's
 * `resourcePaths` places an operation anywhere (`servers.releases.get`).
 */
import { restStructure } from './rest-operation-name.js';
import type { OperationModel, ResourceModel } from './types.js';

interface MutableResource {
  readonly methods: Array<{ name: string; readonly operation: OperationModel }>;
  readonly resources: Map<string, MutableResource>;
}

/**
 * Builds the tree for `operations`; the same operations give the same tree whatever their order. `placed` gives an
 * operation's place (resources, then the method name) where client.yaml's `resourcePaths` names one.
 */
export function groupOperations(operations: readonly OperationModel[], placed: (operation: OperationModel) => readonly string[] | undefined = () => undefined): ResourceModel {
  const root: MutableResource = { methods: [], resources: new Map() };
  for (const operation of [...operations].sort((a, b) => compare(a.name, b.name))) {
    const chosen = placed(operation);
    const place = chosen === undefined ? restPlace(operation) : { resources: chosen.slice(0, -1), method: chosen.at(-1)! };
    let node = root;
    for (const name of place.resources) {
      let child = node.resources.get(name);
      if (child === undefined) {
        child = { methods: [], resources: new Map() };
        node.resources.set(name, child);
      }
      node = child;
    }
    node.methods.push({ name: place.method, operation });
  }
  return freeze(root);
}

/** Where the REST structure puts an operation; one without a static segment sits at the top under its function name. */
function restPlace(operation: OperationModel): { resources: readonly string[]; method: string } {
  const structure = restStructure(operation.method, operation.path);
  return structure !== undefined && structure.resources.length > 0 ? { resources: structure.resources, method: structure.verb } : { resources: [], method: operation.name };
}

function freeze(node: MutableResource): ResourceModel {
  const count = new Map<string, number>();
  for (const method of node.methods) count.set(method.name, (count.get(method.name) ?? 0) + 1);
  const taken = new Set(node.resources.keys());
  for (const method of node.methods) {
    if (count.get(method.name)! > 1 || node.resources.has(method.name)) method.name = method.operation.name;
  }
  // A function name that is also a sub-resource's name (rare: an operation named `servers`) is numbered.
  for (const method of node.methods) {
    let name = method.name;
    for (let n = 2; taken.has(name); n++) name = `${method.name}${n}`;
    method.name = name;
    taken.add(name);
  }
  return {
    kind: 'resource',
    methods: [...node.methods].sort((a, b) => compare(a.name, b.name)),
    resources: [...node.resources].sort(([a], [b]) => compare(a, b)).map(([name, resource]) => ({ name, resource: freeze(resource) })),
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
