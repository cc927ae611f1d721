/**
 * Date conversion for clients generated with `dates: true`: a response's `date-time` and `date` strings become
 * `Date`s, and a request's `Date`s become ISO text (`toISOString()`, or `YYYY-MM-DD` for `format: date`). The
 * generated `dates.ts` holds a plan per operation (where dates sit in each response body, header and streamed item,
 * and in each parameter and request body), and conversion walks only the paths it marks. Clients without `dates`
 * never import this module, so they carry none of it.
 * The walk keeps its own stack (any depth of body), changes a response body in place (the client parsed it; nobody
 * else holds it) and copies what it changes of a request (the caller's objects are left as they were).
 * Unions (`oneOf`/`anyOf`): a discriminator picks the member (an object whose tag names none is left as it is); without one, a member's dates are converted where the
 * value has the member's JSON type and every date the member marks that is present parses (nested unions are not
 * tried). When no member fits that way and every member the value's type allows has dates, the first such member
 * is applied, so an unparseable date is reported rather than left a string.
 * @see https://www.rfc-editor.org/rfc/rfc3339#section-5.6 (date-time and full-date)
 */
import type { OperationCodec } from './operation.js';
import { own } from './operation.js';
import { ParameterError } from './parameter-error.js';

/** Where dates are in a value: `t` a date-time, `d` a date, or a node; the generator writes only shapes that hold dates. */
export type DateShape = 't' | 'd' | DateNode;

/** The parts of a value that hold dates. */
export interface DateNode {
  /** A named shape (a component schema), in the table of named shapes. */
  readonly r?: string;
  /** By property name. */
  readonly p?: Readonly<Record<string, DateShape>>;
  /** Every other property (`additionalProperties`). */
  readonly a?: DateShape;
  /** Every item of an array (`items`). */
  readonly i?: DateShape;
  /** The leading items of an array by position (`prefixItems`); 0 where one holds no date. */
  readonly x?: ReadonlyArray<DateShape | 0>;
  /** Shapes that all apply to the same value (`allOf`). */
  readonly all?: readonly DateShape[];
  /** One of several members (`oneOf`, `anyOf`). */
  readonly u?: DateUnion;
}

/** A union: its members, and the discriminator property with the member index for each of its values. */
export interface DateUnion {
  readonly m: readonly DateMember[];
  readonly k?: string;
  readonly v?: Readonly<Record<string, number>>;
}

/** A union member: its shape (none when it holds no date) and the JSON types it accepts (any when left out). */
export interface DateMember {
  readonly s?: DateShape;
  readonly y?: readonly string[];
}

/** One operation's plan: parameters by key, request bodies as `[media type, shape or 0]` in spec order, and by response key the body, the headers and each streamed item. */
export interface OperationDates {
  readonly q?: Readonly<Record<string, DateShape>>;
  readonly b?: ReadonlyArray<readonly [string, DateShape | 0]>;
  readonly r?: Readonly<Record<string, DateShape>>;
  readonly h?: Readonly<Record<string, DateShape>>;
  readonly s?: Readonly<Record<string, DateShape>>;
}

type Table<T> = Readonly<Record<string, T>>;

/**
 * The codec a generated `dates.ts` exports, from its tables (JSON text with one `[name, value]` entry per line,
 * parsed on first use, as the validator's are): named shapes, and each operation's plan.
 */
export function createDateCodec(shapeLines: string, operationLines: string): OperationCodec {
  let operations: Table<OperationDates> | undefined;
  return (operation, place, key, value) => {
    operations ??= linked(parseTable<DateShape>(shapeLines), parseTable<OperationDates>(operationLines));
    const plan = own(operations, operation);
    if (plan === undefined) return value;
    if (place === 'request') return encodeRequest(plan, value as Readonly<Record<string, unknown>>);
    const shape = own(place === 'body' ? plan.r : place === 'headers' ? plan.h : plan.s, key);
    return shape === undefined ? value : convert(value, shape, DECODE, place === 'headers' ? 'headers' : '$').value;
  };
}

/** `Object.fromEntries` defines own properties, so a schema or operation named `__proto__` stays data. */
function parseTable<T>(lines: string): Table<T> {
  return Object.fromEntries(lines.split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as [string, T]));
}

/** Replaces every `{ r: name }` in the plans by the named shape itself, so the walk never looks a name up. */
function linked(shapes: Table<DateShape>, operations: Table<OperationDates>): Table<OperationDates> {
  const done = new Set<object>();
  const link = (shape: DateShape | 0): DateShape | 0 => {
    if (typeof shape !== 'object') return shape;
    if (shape.r !== undefined) return own(shapes, shape.r) ?? 0;
    if (done.has(shape)) return shape;
    done.add(shape);
    const node = shape as { -readonly [K in keyof DateNode]: unknown };
    if (shape.p) for (const name of Object.keys(shape.p)) Object.defineProperty(shape.p, name, { value: link(shape.p[name]!), enumerable: true, writable: true });
    if (shape.a) node.a = link(shape.a);
    if (shape.i) node.i = link(shape.i);
    if (shape.x) node.x = shape.x.map(link);
    if (shape.all) node.all = shape.all.map(link);
    if (shape.u) for (const member of shape.u.m) if (member.s !== undefined) (member as { s?: DateShape | 0 }).s = link(member.s);
    return shape;
  };
  for (const name of Object.keys(shapes)) link(shapes[name]!);
  for (const plan of Object.values(operations)) {
    for (const table of [plan.q, plan.r, plan.h, plan.s]) if (table) for (const key of Object.keys(table)) Object.defineProperty(table, key, { value: link(table[key]!), enumerable: true });
    if (plan.b) (plan as { b?: unknown }).b = plan.b.map(([media, shape]) => [media, link(shape)]);
  }
  return operations;
}

/** The caller's arguments with every Date the plan marks as ISO text; a new object, the caller's left as they were. */
function encodeRequest(plan: OperationDates, args: Readonly<Record<string, unknown>>): Readonly<Record<string, unknown>> {
  const sent: Record<string, unknown> = { ...args };
  for (const key of Object.keys(plan.q ?? {})) {
    if (Object.hasOwn(sent, key)) put(sent, key, convert(sent[key], plan.q![key]!, ENCODE, key).value);
  }
  const contentType = own(sent, 'contentType');
  const body = plan.b?.find(([media]) => media === contentType) ?? plan.b?.[0];
  if (body !== undefined && body[1] !== 0 && Object.hasOwn(sent, 'body')) sent.body = convert(sent.body, body[1], ENCODE, 'body').value;
  return sent;
}

/** Strings to Dates, in place; Dates to ISO text, copying what changes; or only checking that every date present parses. */
const DECODE = 0;
const ENCODE = 1;
const CHECK = 2;
type Mode = typeof DECODE | typeof ENCODE | typeof CHECK;

/** A place in the value, for messages: the path is built from these only when a date fails. */
interface Place {
  readonly up: Place | undefined;
  readonly key: string | number;
}

/** One value to convert: it is `holder[key]` (read when its turn comes, so an earlier shape's copy is seen). */
interface Frame {
  readonly holder: Record<string | number, unknown>;
  readonly key: string | number;
  readonly shape: DateShape;
  readonly place: Place;
}

/** What a walk gives: the value, how many dates it met, and in CHECK mode the first that failed. */
interface Walked {
  readonly value: unknown;
  readonly found: number;
  readonly failed: boolean;
}

/** Puts a property without ever reaching a setter: a property named `__proto__` stays data. */
function put(holder: Record<string | number, unknown>, key: string | number, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(holder, key, { value, enumerable: true, writable: true, configurable: true });
  else holder[key] = value;
}

function pathOf(place: Place): string {
  const keys: Array<string | number> = [];
  let root = place;
  for (let at: Place | undefined = place; at !== undefined; at = at.up) {
    keys.push(at.key);
    root = at;
  }
  let path = String(root.key);
  for (let index = keys.length - 2; index >= 0; index--) {
    const key = keys[index]!;
    path += typeof key === 'number' ? `[${key}]` : /^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
  }
  return path;
}

/**
 * Walks `value` along `shape`. DECODE throws, with `path` set, at the first date that does not parse; ENCODE throws
 * a ParameterError at the first invalid Date; CHECK stops there and says so.
 */
function convert(value: unknown, shape: DateShape, mode: Mode, root: string): Walked {
  const box: Record<string, unknown> = { value };
  const stack: Frame[] = [{ holder: box, key: 'value', shape, place: { up: undefined, key: root } }];
  let found = 0;
  /** ENCODE: the copies made (a caller's object shared or cyclic is copied once), and the shapes each has been walked with. */
  const copies = new Map<object, object>();
  const walked = new Map<object, Set<DateShape>>();
  const leaf = (holder: Record<string | number, unknown>, key: string | number, format: 't' | 'd', up: Place | undefined): boolean => {
    const text = holder[key];
    if (mode === ENCODE) {
      if (text instanceof Date) put(holder, key, isoText(text, format, up, key));
      return true;
    }
    if (typeof text !== 'string') return true;
    const date = parseDate(text, format);
    if (date === undefined) {
      if (mode === CHECK) return false;
      const path = pathOf({ up, key });
      throw Object.assign(new Error(`${path} is not a ${format === 't' ? 'date-time' : 'date'}: ${JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text)}`), { path });
    }
    found++;
    if (mode === DECODE) put(holder, key, date);
    return true;
  };
  for (let frame = stack.pop(); frame !== undefined; frame = stack.pop()) {
    const { holder, key, shape, place } = frame;
    if (typeof shape === 'string') {
      if (!leaf(holder, key, shape, place.up)) return { value: box.value, found, failed: true };
      continue;
    }
    const value = holder[key];
    if (value === null || typeof value !== 'object') {
      // A string may still be a date of an `allOf` or union member.
      if (shape.all) for (const member of shape.all) stack.push({ holder, key, shape: member, place });
      if (shape.u && mode !== CHECK) for (const member of members(shape.u, value, mode)) stack.push({ holder, key, shape: member, place });
      continue;
    }
    let current: object = value;
    if (mode === ENCODE && !(current instanceof Date)) {
      let copy = copies.get(current);
      if (copy === undefined && !walked.has(current)) {
        copy = Array.isArray(current) ? [...(current as unknown[])] : { ...current };
        copies.set(current, copy);
        walked.set(copy, new Set());
      }
      if (copy !== undefined) put(holder, key, (current = copy));
      const shapes = walked.get(current)!;
      if (shapes.has(shape)) continue;
      shapes.add(shape);
    }
    if (shape.all) for (const member of shape.all) stack.push({ holder, key, shape: member, place });
    if (shape.u && mode !== CHECK) for (const member of members(shape.u, current, mode)) stack.push({ holder, key, shape: member, place });
    const container = current as Record<string | number, unknown>;
    if (Array.isArray(current)) {
      const prefix = shape.x ?? [];
      for (let index = 0; index < prefix.length && index < current.length; index++) {
        const item = prefix[index]!;
        if (item !== 0) stack.push({ holder: container, key: index, shape: item, place: { up: place, key: index } });
      }
      const items = shape.i;
      if (items === undefined) continue;
      for (let index = prefix.length; index < current.length; index++) {
        if (typeof items === 'string') {
          if (!leaf(container, index, items, place)) return { value: box.value, found, failed: true };
        } else stack.push({ holder: container, key: index, shape: items, place: { up: place, key: index } });
      }
    } else if (!(current instanceof Date)) {
      const properties = shape.p;
      if (properties) {
        for (const name in properties) {
          if (!Object.hasOwn(properties, name) || !Object.hasOwn(current, name)) continue;
          const property = properties[name]!;
          if (typeof property === 'string') {
            if (!leaf(container, name, property, place)) return { value: box.value, found, failed: true };
          } else stack.push({ holder: container, key: name, shape: property, place: { up: place, key: name } });
        }
      }
      const rest = shape.a;
      if (rest !== undefined) {
        for (const name of Object.keys(current)) {
          if (properties && Object.hasOwn(properties, name)) continue;
          if (typeof rest === 'string') {
            if (!leaf(container, name, rest, place)) return { value: box.value, found, failed: true };
          } else stack.push({ holder: container, key: name, shape: rest, place: { up: place, key: name } });
        }
      }
    }
  }
  return { value: box.value, found, failed: false };
}

/** The JSON type of a value as a schema's `type` names it (a Date travels as a string). */
function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (value instanceof Date) return 'string';
  return typeof value;
}

function accepts(member: DateMember, type: string): boolean {
  return member.y === undefined || member.y.includes(type) || (type === 'number' && member.y.includes('integer'));
}

/** The shapes of the union's members that apply to `value` (see the module comment). */
function members(union: DateUnion, value: unknown, mode: Mode): DateShape[] {
  const type = jsonType(value);
  // With a discriminator, an object is the member its tag names, or none (a tag the spec does not know).
  if (union.k !== undefined && type === 'object') {
    const tag = own(value as Record<string, unknown>, union.k);
    const shape = typeof tag === 'string' ? union.m[own(union.v, tag) ?? -1]?.s : undefined;
    return shape === undefined ? [] : [shape];
  }
  const fitting = union.m.filter((member) => accepts(member, type));
  const withDates = fitting.filter((member) => member.s !== undefined);
  if (mode === ENCODE) return withDates.map((member) => member.s!);
  const applying: DateShape[] = [];
  let failing: DateShape | undefined;
  for (const member of withDates) {
    const trial = convert(value, member.s!, CHECK, '$');
    if (!trial.failed && trial.found > 0) applying.push(member.s!);
    else if (trial.failed) failing ??= member.s;
  }
  // No member takes the value, and none without dates could: the first one that failed reports its date.
  if (applying.length === 0 && failing !== undefined && withDates.length === fitting.length) return [failing];
  return applying;
}

/** RFC 3339 `date-time` (a space or `t` for `T`; a missing offset read as UTC) or `full-date`. */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?([Zz]|([+-])(\d{2}):(\d{2}))?)?$/;

/** The Date a `date-time` or `date` text names, or undefined when it names none (a 30th of February included). */
export function parseDate(text: string, format: 't' | 'd'): Date | undefined {
  const match = DATE_TIME.exec(text);
  if (match === null || (format === 't' && match[4] === undefined)) return undefined;
  const [, year, month, day, hour = '0', minute = '0', second = '0', fraction = '', , sign, offsetHours = '0', offsetMinutes = '0'] = match;
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  if (m < 1 || m > 12 || d < 1 || d > daysIn(y, m) || Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) return undefined;
  if (Number(offsetHours) > 23 || Number(offsetMinutes) > 59) return undefined;
  const offset = (sign === '-' ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes));
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  date.setUTCHours(Number(hour), Number(minute) - offset, Number(second), Number(fraction.slice(0, 3).padEnd(3, '0')));
  return date;
}

function daysIn(year: number, month: number): number {
  return month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** A Date as the wire takes it: `toISOString()`, or its UTC day for `format: date`. */
function isoText(date: Date, format: 't' | 'd', up: Place | undefined, key: string | number): string {
  const time = date.getTime();
  if (Number.isNaN(time)) {
    const path = pathOf({ up, key });
    throw new ParameterError(path, `${path} is an invalid Date`);
  }
  const text = date.toISOString();
  return format === 'd' ? text.slice(0, text.indexOf('T')) : text;
}
