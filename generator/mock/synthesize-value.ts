/**
 * Synthesises a value that a schema of the (normalised) spec accepts, deterministically: the same schema and seed
 * give the same value, wherever it is asked for. Schema examples and defaults are used where they conform; then
 * enums and consts; strings honour formats, lengths and (simple) patterns; numbers ranges and `multipleOf`;
 * `oneOf` picks one member that matches alone, `allOf` merges, and recursion is bounded (optional properties and
 * array items stop past a depth). Every result is checked by check-value.ts in tests over the whole corpus.
 * Sizes are capped whatever the schema asks (`minItems: 30000000` would otherwise write a 150 MB mock.ts): each
 * cap that makes a value break its schema is added to the caller's `notes`.
 */
import { followReferences } from '../load/json-pointer.js';
import { setOwn } from '../load/own-property.js';
import type { JsonSchema } from '../model/types.js';
import { checkValue } from './check-value.js';
import { patternMatcher } from './pattern-matcher.js';

type SchemaObject = Readonly<Record<string, unknown>>;

/** Past this depth, objects keep only required properties and arrays only their minimum items. */
const OPTIONAL_DEPTH = 3;
/** Past this depth, nothing nests further: the simplest value of the type is used. */
const MAX_DEPTH = 24;

/** The longest string synthesised, whatever `minLength` asks. */
export const MAX_STRING_LENGTH = 4096;
/** The most items an array gets, and the most properties `minProperties` adds, whatever the schema asks. */
export const MAX_ITEMS = 100;
/** The most times a pattern's quantifier repeats (`{64}` of a SHA-256 in hex still fits). */
export const MAX_PATTERN_REPEAT = 100;
/**
 * The size one synthesised value may reach, in characters of its JSON: past it, the rest of the value is left out.
 * A mock.ts holds one value per operation, so a spec of a few operations cannot write more than a few MB.
 */
export const MAX_VALUE_SIZE = 65_536;

/** A seeded generator of numbers in [0, 1), one per path (mulberry32 over an FNV-1a hash of seed and path). */
function randomAt(seed: string, path: string): () => number {
  let hash = 0x811c9dc5;
  for (const char of `${seed}\u0000${path}`) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  let state = hash;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * How many schema nodes one value may visit before synthesis stops trying alternatives (each `oneOf` member, each
 * optional property) and keeps to the first member and required properties; past twice that it writes the simplest
 * value of each type. Unions nested in unions would otherwise take exponential time.
 */
const WORK_BUDGET = 20_000;

/**
 * A value `schema` accepts; `seed` varies it (the mock server's `--seed`, or `Prefer: dynamic=true`). Where a cap
 * made the value break its schema, a sentence saying where and why is added to `notes`.
 */
export function synthesizeValue(schema: JsonSchema | undefined, document: SchemaObject, seed = '1', notes?: Set<string>): unknown {
  return synthesize(schema, document, seed, '$', 0, { left: WORK_BUDGET, size: MAX_VALUE_SIZE, full: false, notes, examples: new WeakMap() });
}

/** What is left of one value's WORK_BUDGET and MAX_VALUE_SIZE, and where cap notes go. */
interface Budget {
  left: number;
  size: number;
  /** Set once the value reached MAX_VALUE_SIZE (and a note said so). */
  full: boolean;
  /** Cap notes of the candidate being built (a union member tried and dropped takes its notes with it). */
  notes: Set<string> | undefined;
  /** Per schema met again, the documented example it accepts (or none): a large example is checked once, not at every visit. */
  readonly examples: WeakMap<object, { value: unknown } | undefined>;
}

/** Notes kept for one value at most: the first few say what happened. */
const MAX_NOTES = 10;

/**
 * Adds a cap note for the value at `path`, once for all items of an array (`$.list[*]`); a union member's `|n` is
 * left out of the path shown.
 */
function note(budget: Budget, path: string, text: string): void {
  if (budget.notes !== undefined && budget.notes.size < MAX_NOTES) budget.notes.add(`${path.replace(/\|\d+/g, '').replace(/\[\d+\]/g, '[*]')}: ${text}`);
}

/** Whether the value reached MAX_VALUE_SIZE (noting it the first time). */
function isFull(budget: Budget, path: string): boolean {
  if (budget.size > 0) return false;
  if (!budget.full) budget.notes?.add(`${path.replace(/\|\d+/g, '')}: the synthesised value reached ${MAX_VALUE_SIZE.toLocaleString('en')} characters, so the rest is left out and the value breaks its schema`);
  budget.full = true;
  return true;
}

/** Counts `value`'s JSON size against the budget (at most what is left, so a large example costs no more than that); returns it. */
function spend<T>(budget: Budget, value: T): T {
  budget.size -= sizeAtMost(value, Math.max(0, budget.size) + 1);
  return value;
}

/** `value`'s JSON size in characters, roughly (strings by length), counting no further than `limit`. */
function sizeAtMost(value: unknown, limit: number): number {
  let size = 0;
  const pending: unknown[] = [value];
  while (pending.length > 0 && size <= limit) {
    const current = pending.pop();
    if (typeof current === 'string') size += current.length + 2;
    else if (Array.isArray(current)) {
      size += 2 + current.length;
      for (const item of current) pending.push(item);
    } else if (current !== null && typeof current === 'object') {
      size += 2;
      for (const [key, item] of Object.entries(current)) {
        size += key.length + 4;
        pending.push(item);
      }
    } else size += 5;
  }
  return size;
}

function resolved(schema: unknown, document: SchemaObject): SchemaObject | boolean | undefined {
  const current = followReferences(schema, document);
  if (typeof current === 'boolean') return current;
  return current !== null && typeof current === 'object' ? (current as SchemaObject) : undefined;
}

/** One object schema from `allOf` members (and the schema itself): properties and required lists joined, other keywords kept. */
function merged(schema: SchemaObject, document: SchemaObject): SchemaObject {
  const result: Record<string, unknown> = {};
  const properties: Record<string, unknown> = {};
  const required = new Set<string>();
  const pending: unknown[] = [schema];
  for (let visited = 0; pending.length > 0 && visited < 64; visited++) {
    const part = resolved(pending.shift(), document);
    if (typeof part !== 'object' || part === undefined) continue;
    for (const [key, value] of Object.entries(part)) {
      if (key === 'allOf') pending.push(...(value as unknown[]));
      else if (key === 'properties') {
        // A property two members define must satisfy both.
        for (const [name, property] of Object.entries(value as SchemaObject)) {
          setOwn(properties, name, Object.prototype.hasOwnProperty.call(properties, name) ? { allOf: [properties[name], property] } : property);
        }
      } else if (key === 'required' && Array.isArray(value)) {
        for (const name of value) required.add(String(name));
      } else if (key === 'type' && key in result) {
        result.type = intersectTypes(result.type, value);
      } else if (key === 'enum' && Array.isArray(result.enum) && Array.isArray(value)) {
        const both = result.enum.filter((item) => value.some((other) => JSON.stringify(other) === JSON.stringify(item)));
        if (both.length > 0) result.enum = both;
      } else if (key !== '$ref' && !(key in result)) result[key] = value;
    }
  }
  if (Object.keys(properties).length > 0) result.properties = properties;
  if (required.size > 0) result.required = [...required];
  return result;
}

function synthesize(raw: JsonSchema | undefined, document: SchemaObject, seed: string, path: string, depth: number, budget: Budget): unknown {
  // Unions that nest in themselves give up here with the simplest value; nothing recurses without bound.
  if (depth > MAX_DEPTH * 2 || budget.left < -WORK_BUDGET || isFull(budget, path)) return null;
  budget.left--;
  return synthesizeNode(raw, document, seed, path, depth, budget);
}

function synthesizeNode(raw: JsonSchema | undefined, document: SchemaObject, seed: string, path: string, depth: number, budget: Budget): unknown {
  const thrifty = budget.left <= 0;
  const found = resolved(raw, document);
  if (found === undefined || found === true) return spend(budget, depth === 0 ? {} : 'value');
  if (found === false) return spend(budget, null);
  const schema = Array.isArray(found.allOf) ? merged(found, document) : found;
  const accepts = (value: unknown) => value !== undefined && (thrifty || checkValue(schema, value, document) === undefined);
  if (schema.const !== undefined) return spend(budget, schema.const);
  if (!budget.examples.has(schema)) {
    const examples = [schema.example, ...(Array.isArray(schema.examples) ? schema.examples : []), schema.default];
    const example = examples.find(accepts);
    budget.examples.set(schema, example === undefined ? undefined : { value: example });
  }
  const example = budget.examples.get(schema);
  if (example !== undefined) return spend(budget, example.value);
  const random = randomAt(seed, path);
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return spend(budget, schema.enum[Math.floor(random() * schema.enum.length)]);

  const oneOf = (schema.oneOf ?? schema.anyOf) as JsonSchema[] | undefined;
  if (Array.isArray(oneOf) && oneOf.length > 0) {
    // Non-null members first, then the one the seed picks: the first candidate the whole schema accepts wins.
    const order = oneOf.map((_, index) => index).sort((a, b) => Number(isNull(oneOf[a], document)) - Number(isNull(oneOf[b], document)));
    const start = Math.floor(random() * order.filter((index) => !isNull(oneOf[index], document)).length);
    const rotated = [...order.slice(start), ...order.slice(0, start)];
    let first: { value: unknown; notes: Set<string> | undefined } | undefined;
    // A candidate dropped costs nothing of the value's size, and takes its cap notes with it.
    const outer = budget.notes;
    const { size, full } = budget;
    const keep = (notes: Set<string> | undefined) => notes?.forEach((text) => outer!.size < MAX_NOTES && outer!.add(text));
    // Then with required properties only: optional ones can make a value match two members of a oneOf.
    for (const at of thrifty ? [Math.max(depth, OPTIONAL_DEPTH)] : [depth, Math.max(depth, OPTIONAL_DEPTH)]) {
      for (const index of thrifty ? rotated.slice(0, 1) : rotated) {
        budget.size = size;
        budget.full = full;
        budget.notes = outer && new Set();
        // One level deeper: a member that refers back to the union (directly or through allOf) must still end.
        const candidate = { value: synthesize({ allOf: [withoutCombinators(schema), oneOf[index]] } as JsonSchema, document, seed, `${path}|${index}`, at + 1, budget), notes: budget.notes };
        budget.notes = outer;
        first ??= candidate;
        if (accepts(candidate.value)) {
          keep(candidate.notes);
          return candidate.value;
        }
      }
    }
    budget.size = size;
    budget.full = full;
    keep(first?.notes);
    return spend(budget, first?.value);
  }

  const types = typeof schema.type === 'string' ? [schema.type] : Array.isArray(schema.type) ? (schema.type as string[]) : [];
  const type =
    types.find((candidate) => candidate !== 'null') ??
    (types.includes('null') ? 'null' : schema.properties !== undefined || schema.additionalProperties !== undefined ? 'object' : schema.items !== undefined ? 'array' : 'string');
  switch (type) {
    case 'null':
      return spend(budget, null);
    case 'boolean':
      return spend(budget, random() < 0.5);
    case 'integer':
    case 'number':
      return spend(budget, numberFor(schema, type === 'integer', random));
    case 'array': {
      if (depth >= MAX_DEPTH) return spend(budget, []);
      const min = typeof schema.minItems === 'number' ? schema.minItems : 0;
      const max = typeof schema.maxItems === 'number' ? schema.maxItems : Math.max(min, 2);
      const count = Math.min(max, depth >= OPTIONAL_DEPTH ? min : Math.max(min, 1 + Math.floor(random() * 2)));
      const prefix = Array.isArray(schema.prefixItems) ? (schema.prefixItems as JsonSchema[]) : [];
      const length = thrifty ? min : count;
      if (length > MAX_ITEMS) note(budget, path, `${MAX_ITEMS} items where minItems is ${min}: synthesised arrays are capped at ${MAX_ITEMS} items, so the value breaks its schema`);
      const items: unknown[] = [];
      budget.size -= 2;
      for (let index = 0; index < Math.min(length, MAX_ITEMS) && !isFull(budget, `${path}[${index}]`); index++) {
        items.push(synthesize(prefix[index] ?? (schema.items as JsonSchema | undefined), document, seed, `${path}[${index}]`, depth + 1, budget));
        budget.size -= 1;
      }
      return items;
    }
    case 'object': {
      const value: Record<string, unknown> = {};
      const properties = (schema.properties ?? {}) as Readonly<Record<string, JsonSchema>>;
      const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
      const put = (name: string, item: unknown) => {
        setOwn(value, name, item);
        budget.size -= name.length + 4;
      };
      budget.size -= 2;
      for (const name of Object.keys(properties)) {
        if (isFull(budget, `${path}.${name}`)) return value;
        if (!required.has(name) && (thrifty || depth >= OPTIONAL_DEPTH || isWriteOnly(properties[name], document))) continue;
        if (depth >= MAX_DEPTH && !required.has(name)) continue;
        const size = budget.size;
        const item = synthesize(properties[name], document, seed, `${path}.${name}`, depth + 1, budget);
        // An optional property whose schema has no instance (members of an allOf that contradict) is left out.
        if (!required.has(name) && checkValue(properties[name], item, document) !== undefined) {
          budget.size = size;
          continue;
        }
        put(name, item);
      }
      const extra = schema.additionalProperties;
      const extraSchema = typeof extra === 'object' ? (extra as JsonSchema) : undefined;
      for (const name of required) {
        if (isFull(budget, `${path}.${name}`)) return value;
        if (!Object.prototype.hasOwnProperty.call(value, name)) put(name, synthesize(extraSchema, document, seed, `${path}.${name}`, depth + 1, budget));
      }
      const minimum = typeof schema.minProperties === 'number' ? schema.minProperties : 0;
      let count = Object.keys(value).length;
      for (let index = 1; count < minimum && index <= MAX_ITEMS && extra !== false && !isFull(budget, path); index++) {
        if (Object.prototype.hasOwnProperty.call(value, `property${index}`)) continue;
        put(`property${index}`, synthesize(extraSchema, document, seed, `${path}.property${index}`, depth + 1, budget));
        count++;
      }
      if (count < minimum && extra !== false && !budget.full) note(budget, path, `${count} properties where minProperties is ${minimum}: synthesis adds at most ${MAX_ITEMS} properties, so the value breaks its schema`);
      return value;
    }
    default:
      return spend(budget, stringFor(schema, random, (text) => note(budget, path, text)));
  }
}

/** The types both `a` and `b` allow (`integer` is a `number`); `a` when they share none. */
function intersectTypes(a: unknown, b: unknown): unknown {
  const list = (type: unknown) => (typeof type === 'string' ? [type] : Array.isArray(type) ? (type as string[]) : []);
  const left = list(a);
  const right = list(b);
  const both = left.flatMap((type) => (right.includes(type) ? [type] : type === 'number' && right.includes('integer') ? ['integer'] : type === 'integer' && right.includes('number') ? ['integer'] : []));
  return both.length === 0 ? a : both.length === 1 ? both[0] : both;
}

function withoutCombinators(schema: SchemaObject): SchemaObject {
  const { oneOf: _oneOf, anyOf: _anyOf, ...rest } = schema;
  return rest;
}

function isNull(schema: JsonSchema | undefined, document: SchemaObject): boolean {
  const found = resolved(schema, document);
  return typeof found === 'object' && found.type === 'null';
}

/** Request-only properties stay out of synthesised responses (responses are what the mock synthesises). */
function isWriteOnly(schema: JsonSchema | undefined, document: SchemaObject): boolean {
  const found = resolved(schema, document);
  return typeof found === 'object' && found.writeOnly === true;
}

function numberFor(schema: SchemaObject, integer: boolean, random: () => number): number {
  let low = typeof schema.minimum === 'number' ? schema.minimum : typeof schema.exclusiveMinimum === 'number' ? schema.exclusiveMinimum + (integer ? 1 : 0.5) : 0;
  let high = typeof schema.maximum === 'number' ? schema.maximum : typeof schema.exclusiveMaximum === 'number' ? schema.exclusiveMaximum - (integer ? 1 : 0.5) : low + 100;
  if (high < low) high = low;
  if (integer) {
    low = Math.ceil(low);
    high = Math.floor(high);
  }
  const step = typeof schema.multipleOf === 'number' && schema.multipleOf > 0 ? schema.multipleOf : integer ? 1 : 0.5;
  const first = Math.ceil(low / step) * step;
  const steps = Math.max(0, Math.floor((high - first) / step));
  const value = first + Math.floor(random() * (steps + 1)) * step;
  return integer ? Math.round(value) : Number(value.toFixed(6));
}

const HEX = '0123456789abcdef';
const WORDS = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel'];

/** A string for `schema`; `capped` hears of each cap that makes it break the schema. */
function stringFor(schema: SchemaObject, random: () => number, capped: (text: string) => void): string {
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const hex = (length: number) => Array.from({ length }, () => pick([...HEX])).join('');
  const day = 1 + Math.floor(random() * 28);
  const date = `2024-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  let text: string;
  switch (schema.format) {
    case 'date-time':
      text = `${date}T${String(Math.floor(random() * 24)).padStart(2, '0')}:00:00Z`;
      break;
    case 'date':
      text = date;
      break;
    case 'time':
      text = `${String(Math.floor(random() * 24)).padStart(2, '0')}:30:00Z`;
      break;
    case 'uuid':
      text = `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
      break;
    case 'email':
      text = `${pick(WORDS)}@example.com`;
      break;
    case 'uri':
    case 'url':
    case 'uri-reference':
    case 'iri':
      text = `https://example.com/${pick(WORDS)}`;
      break;
    case 'hostname':
      text = `${pick(WORDS)}.example.com`;
      break;
    case 'ipv4':
      text = `192.0.2.${1 + Math.floor(random() * 254)}`;
      break;
    case 'ipv6':
      text = `2001:db8::${hex(4)}`;
      break;
    case 'byte':
      text = 'ZXhhbXBsZQ==';
      break;
    default:
      text = typeof schema.pattern === 'string' ? (fromPattern(schema.pattern, random, capped) ?? pick(WORDS)) : pick(WORDS);
  }
  const asked = typeof schema.minLength === 'number' ? schema.minLength : 0;
  const min = Math.min(asked, MAX_STRING_LENGTH);
  if (asked > min) capped(`${MAX_STRING_LENGTH} characters where minLength is ${asked}: synthesised strings are capped at ${MAX_STRING_LENGTH} characters, so the value breaks its schema`);
  const max = typeof schema.maxLength === 'number' ? schema.maxLength : Infinity;
  if ([...text].length < min) text = text.padEnd(min, 'x');
  if ([...text].length > max) text = [...text].slice(0, max).join('');
  return text;
}

/** Thrown while reading a pattern whose string would break a cap; the message says which. */
class PatternCapped extends Error {}

/**
 * A string a simple regular expression matches: literals, escapes (`\d \w \s`), classes (`[a-z0-9_]`, negated
 * ones give `x`), groups with alternatives, and the quantifiers `? * + {n} {n,m}`; anchors are dropped. Undefined
 * for what it cannot read (lookarounds, back-references), when the result does not match after all, or when it
 * would repeat a quantifier over MAX_PATTERN_REPEAT times or grow past MAX_STRING_LENGTH (`capped` hears why).
 */
export function fromPattern(pattern: string, random: () => number, capped?: (text: string) => void): string | undefined {
  let position = 0;
  const peek = () => pattern[position];
  const sequence = (): string[][] => {
    const alternatives: string[][] = [[]];
    let length = 0;
    while (position < pattern.length && peek() !== ')') {
      if (peek() === '|') {
        position++;
        alternatives.push([]);
        length = 0;
        continue;
      }
      const atom = readAtom();
      if (atom === undefined) throw new Error('unreadable');
      const [min, max] = readQuantifier();
      if (min > MAX_PATTERN_REPEAT) throw new PatternCapped(`the pattern repeats ${min} times where synthesis repeats at most ${MAX_PATTERN_REPEAT}`);
      const count = min + Math.floor(random() * (Math.min(max, min + 2) - min + 1));
      for (let n = 0; n < count; n++) {
        const text = atom();
        length += text.length;
        if (length > MAX_STRING_LENGTH) throw new PatternCapped(`the pattern asks for more than ${MAX_STRING_LENGTH} characters`);
        alternatives[alternatives.length - 1]!.push(text);
      }
    }
    return alternatives;
  };
  const readAtom = (): (() => string) | undefined => {
    const char = pattern[position++];
    if (char === '^' || char === '$') return () => '';
    if (char === '(') {
      if (peek() === '?') {
        if (pattern[position + 1] !== ':') throw new Error('unreadable');
        position += 2;
      }
      const alternatives = sequence();
      position++;
      return () => alternatives[Math.floor(random() * alternatives.length)]!.join('');
    }
    if (char === '[') {
      const end = pattern.indexOf(']', position + 1);
      if (end === -1) throw new Error('unreadable');
      const body = pattern.slice(position, end);
      position = end + 1;
      if (body.startsWith('^')) return () => 'x';
      const choices: string[] = [];
      for (let index = 0; index < body.length; index++) {
        if (body[index] === '\\') {
          choices.push(escaped(body[++index]!));
        } else if (body[index + 1] === '-' && index + 2 < body.length) {
          const from = body.charCodeAt(index);
          const to = body.charCodeAt(index + 2);
          for (let code = from; code <= to && code - from < 64; code++) choices.push(String.fromCharCode(code));
          index += 2;
        } else choices.push(body[index]!);
      }
      return () => choices[Math.floor(random() * choices.length)] ?? 'x';
    }
    if (char === '\\') {
      const next = pattern[position++]!;
      if (/[1-9bBk]/.test(next)) throw new Error('unreadable');
      return () => escaped(next);
    }
    if (char === '.') return () => 'a';
    if (char === undefined || '*+?{'.includes(char)) return undefined;
    return () => char;
  };
  const readQuantifier = (): [number, number] => {
    const char = peek();
    if (char === '?') return position++, [0, 1];
    if (char === '*') return position++, [0, 3];
    if (char === '+') return position++, [1, 3];
    if (char === '{') {
      const match = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(position));
      if (!match) return [1, 1];
      position += match[0].length;
      const min = Number(match[1]);
      return [min, match[2] === undefined ? min : match[3] === '' ? min + 3 : Number(match[3])];
    }
    return [1, 1];
  };
  try {
    const alternatives = sequence();
    const text = alternatives[Math.floor(random() * alternatives.length)]!.join('');
    const matcher = patternMatcher(pattern);
    return 'test' in matcher && matcher.test(text) ? text : undefined;
  } catch (error) {
    if (error instanceof PatternCapped) capped?.(`${error.message}, so a word that breaks the pattern stands in`);
    return undefined;
  }
}

function escaped(char: string): string {
  switch (char) {
    case 'd':
      return '7';
    case 'w':
      return 'a';
    case 's':
      return ' ';
    case 'D':
    case 'W':
    case 'S':
      return '-';
    case 'n':
      return '\n';
    case 't':
      return '\t';
    default:
      return char;
  }
}
