/**
 * Bounds what YAML aliases can cost. An alias (`*a`) stands for its anchor's node wherever it is written, and
 * aliases of aliases multiply: 9 levels of 10 aliases are 644 bytes of YAML and a billion values for every later
 * walk. A document whose aliases stand for more than the limit (see spec-size-limit.ts), or that holds an alias
 * inside its own anchor, is refused at the line where that happens. The `yaml` package's toJS resolves each alias
 * by a scan of the document's earlier anchors and aliases (time grows with the square of their number: 30,000
 * aliases take 12 s), so the documents it builds may hold at most MAX_YAML_ALIASES.
 * @see https://yaml.org/spec/1.2.2/#3222-anchors-and-aliases
 */
import type { Alias, Document, Node as YamlNode } from 'yaml';
import { enterJsonValue, findOverExpansion, scalarSize, type EnterNode, type OverExpansion } from './expanded-size.js';
import { formatBytes, maxExpandedSize, RAISE_SIZE_HINT } from './spec-size-limit.js';
import { SpecError, type SourcePosition } from './spec-error.js';
import { yamlLibrary } from './yaml-library.js';

/** The most aliases a document read by the `yaml` package may hold (real specs hold a handful: OpenAI's, 3). */
export const MAX_YAML_ALIASES = 10_000;

/**
 * True when `text` may hold an alias: it has both an `&` (an anchor) and a `*` (an alias). Cruder than the grammar
 * (an anchor may follow `[`, `{`, `,`, `:` or a blank), so sound by construction: a missed alias would be a missed
 * bomb, while a needless measure costs a walk linear in the value (30-90 ms for OpenAI's 1.9 MB spec).
 */
export function mayHoldAliases(text: string): boolean {
  return text.includes('&') && text.includes('*');
}

/** Refuses a value js-yaml read (its aliases are shared objects) that stands for more than `maxSpecBytes` allows. */
export function checkValueExpansion(value: unknown, maxSpecBytes: number, locate: (segments: readonly string[]) => SourcePosition): void {
  if (value === null || typeof value !== 'object') return;
  const over = findOverExpansion(value, maxExpandedSize(maxSpecBytes), enterJsonValue);
  if (over) throw expansionError(over, maxSpecBytes, locate(over.path));
}

/**
 * Refuses a `yaml` Document, before its toJS, that holds more than MAX_YAML_ALIASES aliases, or whose aliases (and
 * merge keys, counted as the whole mapping they merge) stand for more than `maxSpecBytes` allows. `position` turns
 * a source offset into a place, `locate` a pointer's segments (for a cycle: the alias that closes it).
 */
export function checkDocumentAliases(
  doc: Document,
  maxSpecBytes: number,
  position: (offset: number | undefined) => SourcePosition,
  locate: (segments: readonly string[]) => SourcePosition,
): void {
  const { isAlias, visit } = yamlLibrary();
  // An alias means the last anchor of its name before it, in document order: the order `visit` enters nodes in.
  const anchors = new Map<string, YamlNode>();
  const targets = new Map<Alias, YamlNode>();
  let count = 0;
  let tooMany: Alias | undefined;
  visit(doc, {
    Node(_, node) {
      if (isAlias(node)) {
        if (++count > MAX_YAML_ALIASES) {
          tooMany = node;
          return visit.BREAK;
        }
        const target = anchors.get(node.source);
        if (target) targets.set(node, target);
      } else if (node.anchor) anchors.set(node.anchor, node);
      return undefined;
    },
  });
  if (tooMany) {
    throw new SpecError(
      `the document holds more than ${MAX_YAML_ALIASES.toLocaleString('en')} YAML aliases`,
      [position(tooMany.range?.[0])],
      'write repeated parts once, as components referred to with $ref (reading aliases takes time that grows with the square of their number)',
    );
  }
  if (count === 0 || !doc.contents) return;
  const over = findOverExpansion(doc.contents as YamlNode, maxExpandedSize(maxSpecBytes), enterYamlNode(targets));
  if (over) throw expansionError(over, maxSpecBytes, over.cycle ? locate(over.path) : position(over.node.range?.[0]));
}

/** Describes a `yaml` node to the measure: an alias counts as its anchor's node, a merge key as the mapping it merges. */
function enterYamlNode(targets: ReadonlyMap<Alias, YamlNode>): EnterNode<YamlNode> {
  const { isAlias, isCollection, isMap, isScalar, isSeq } = yamlLibrary();
  const resolved = (node: unknown): unknown => (isAlias(node) ? targets.get(node) : node);
  /** Adds `node`'s size: a collection as a child to measure, a scalar (or nothing) at once. */
  const measure = (node: unknown, key: string, child: (key: string, value: YamlNode) => void): number => {
    const value = resolved(node);
    if (isCollection(value)) {
      child(key, value);
      return 0;
    }
    return scalarSize(isScalar(value) ? value.value : null);
  };
  return (node, child) => {
    let size = 2;
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = resolved(pair.key);
        size += 2 + measure(pair.key, '?', child) + measure(pair.value, isScalar(key) ? String(key.value) : '?', child);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        size += 1 + measure(item, String(index), child);
      });
    }
    return size;
  };
}

/** The refusal for a value whose aliases stand for more than the limit, or that holds itself. */
function expansionError(over: OverExpansion<unknown>, maxSpecBytes: number, at: SourcePosition): SpecError {
  if (over.cycle) {
    return new SpecError(
      'this value contains itself through a YAML alias (an alias inside the node its anchor marks)',
      [at],
      'a YAML alias cannot repeat a node it stands inside; for a recursive schema, refer to a component with $ref',
    );
  }
  const limit = maxExpandedSize(maxSpecBytes);
  return new SpecError(
    `with its YAML aliases written out, this value would be more than ${formatBytes(limit)} as compact JSON, half of \`maxSpecBytes\` (${formatBytes(maxSpecBytes)})`,
    [at],
    `an alias (*name) repeats its anchor's whole value, and aliases of aliases multiply (an "alias bomb"); write repeated parts once, as components referred to with $ref, or ${RAISE_SIZE_HINT}`,
  );
}
