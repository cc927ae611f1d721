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

/**
 * One value to convert: it is `holder[key]` (read when its turn comes, so an earlier shape's copy is seen). A frame
 * is also the place of its value (`up` is its container's frame), which spares an object per value.
 */
interface Frame extends Place {
  readonly holder: Record<string | number, unknown>;
  readonly shape: DateShape;
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

/** The path of `place`, such as `$.items[3].at`: the topmost place is the walk's root, named `root`. */
function pathOf(place: Place, root: string): string {
  const keys: Array<string | number> = [];
  for (let at: Place | undefined = place; at !== undefined; at = at.up) keys.push(at.key);
  let path = root;
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
  const stack: Frame[] = [{ holder: box, key: 'value', shape, up: undefined }];
  let found = 0;
  /** ENCODE: the copies made (a caller's object shared or cyclic is copied once), and the shapes each has been walked with. */
  const copies = mode === ENCODE ? new Map<object, object>() : undefined;
  const walked = mode === ENCODE ? new Map<object, Set<DateShape>>() : undefined;
  const leaf = (holder: Record<string | number, unknown>, key: string | number, format: 't' | 'd', up: Place | undefined): boolean => {
    const text = holder[key];
    if (mode === ENCODE) {
      if (text instanceof Date) {
        if (Number.isNaN(text.getTime())) {
          const path = pathOf({ up, key }, root);
          throw new ParameterError(path, `${path} is an invalid Date`);
        }
        put(holder, key, isoText(text, format));
      }
      return true;
    }
    if (typeof text !== 'string') return true;
    const date = parseDate(text, format);
    if (date === undefined) {
      if (mode === CHECK) return false;
      const path = pathOf({ up, key }, root);
      throw Object.assign(new Error(`${path} is not a ${format === 't' ? 'date-time' : 'date'}: ${JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text)}`), { path });
    }
    found++;
    if (mode === DECODE) put(holder, key, date);
    return true;
  };
  for (let frame = stack.pop(); frame !== undefined; frame = stack.pop()) {
    const { holder, key, shape, up } = frame;
    if (typeof shape === 'string') {
      if (!leaf(holder, key, shape, up)) return { value: box.value, found, failed: true };
      continue;
    }
    const value = holder[key];
    if (value === null || typeof value !== 'object') {
      // A string may still be a date of an `allOf` or union member.
      if (shape.all) for (const member of shape.all) stack.push({ holder, key, shape: member, up });
      if (shape.u && mode !== CHECK) for (const member of members(shape.u, value, mode)) stack.push({ holder, key, shape: member, up });
      continue;
    }
    let current: object = value;
    if (copies !== undefined && walked !== undefined && !(current instanceof Date)) {
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
    if (shape.all) for (const member of shape.all) stack.push({ holder, key, shape: member, up });
    if (shape.u && mode !== CHECK) for (const member of members(shape.u, current, mode)) stack.push({ holder, key, shape: member, up });
    const container = current as Record<string | number, unknown>;
    if (Array.isArray(current)) {
      const prefix = shape.x ?? [];
      for (let index = 0; index < prefix.length && index < current.length; index++) {
        const item = prefix[index]!;
        if (item !== 0) stack.push({ holder: container, key: index, shape: item, up: frame });
      }
      const items = shape.i;
      if (items === undefined) continue;
      for (let index = prefix.length; index < current.length; index++) {
        if (typeof items === 'string') {
          if (!leaf(container, index, items, frame)) return { value: box.value, found, failed: true };
        } else stack.push({ holder: container, key: index, shape: items, up: frame });
      }
    } else if (!(current instanceof Date)) {
      const properties = shape.p;
      if (properties) {
        for (const name in properties) {
          if (!Object.hasOwn(properties, name) || !Object.hasOwn(current, name)) continue;
          const property = properties[name]!;
          if (typeof property === 'string') {
            if (!leaf(container, name, property, frame)) return { value: box.value, found, failed: true };
          } else stack.push({ holder: container, key: name, shape: property, up: frame });
        }
      }
      const rest = shape.a;
      if (rest !== undefined) {
        for (const name of Object.keys(current)) {
          if (properties && Object.hasOwn(properties, name)) continue;
          if (typeof rest === 'string') {
            if (!leaf(container, name, rest, frame)) return { value: box.value, found, failed: true };
          } else stack.push({ holder: container, key: name, shape: rest, up: frame });
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
    // A date member itself: the value is a string that parses (or already a Date), or not this member.
    if (typeof member.s === 'string') {
      const fits = value instanceof Date || (typeof value === 'string' && parseDate(value, member.s) !== undefined);
      if (fits) applying.push(member.s);
      else if (typeof value === 'string') failing ??= member.s;
      continue;
    }
    const trial = convert(value, member.s!, CHECK, '$');
    if (!trial.failed && trial.found > 0) applying.push(member.s!);
    else if (trial.failed) failing ??= member.s;
  }
  // No member takes the value, and none without dates could: the first one that failed reports its date.
  if (applying.length === 0 && failing !== undefined && withDates.length === fitting.length) return [failing];
  return applying;
}

/** Days of each month of a common year. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** 400 Gregorian years, in milliseconds: Date.UTC reads years below 100 as 19xx, so those are computed 400 years on. */
const FOUR_CENTURIES_MS = 146_097 * 86_400_000;

/** The number written by `count` ASCII digits of `text` at `at`, or -1 where one is not a digit. */
function digits(text: string, at: number, count: number): number {
  let value = 0;
  for (let index = at; index < at + count; index++) {
    const code = text.charCodeAt(index) - 48;
    if (code < 0 || code > 9) return -1;
    value = value * 10 + code;
  }
  return value;
}

/**
 * The Date an RFC 3339 `date-time` (a space or `t` for `T`; a missing offset read as UTC) or `full-date` names, or
 * undefined when it names none (a 30th of February included). Read character by character: a regular expression's
 * match arrays were most of the garbage a large body left.
 */
export function parseDate(text: string, format: 't' | 'd'): Date | undefined {
  const length = text.length;
  if (length < 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > MONTH_DAYS[month - 1]! + (leap ? 1 : 0)) return undefined;
  const shifted = year < 100 ? year + 400 : year;
  const back = year < 100 ? FOUR_CENTURIES_MS : 0;
  if (length === 10) return format === 'd' ? new Date(Date.UTC(shifted, month - 1, day) - back) : undefined;
  const separator = text.charCodeAt(10);
  if ((separator !== 84 && separator !== 116 && separator !== 32) || length < 19 || text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58) return undefined;
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  const second = digits(text, 17, 2);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return undefined;
  let at = 19;
  let ms = 0;
  if (text.charCodeAt(at) === 46) {
    const start = ++at;
    while (at < length && text.charCodeAt(at) >= 48 && text.charCodeAt(at) <= 57) {
      if (at - start < 3) ms += (text.charCodeAt(at) - 48) * (at === start ? 100 : at === start + 1 ? 10 : 1);
      at++;
    }
    if (at === start) return undefined;
  }
  let offset = 0;
  if (at < length) {
    const zone = text.charCodeAt(at);
    if (zone === 90 || zone === 122) at++;
    else if ((zone === 43 || zone === 45) && at + 6 === length && text.charCodeAt(at + 3) === 58) {
      const hours = digits(text, at + 1, 2);
      const minutes = digits(text, at + 4, 2);
      if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59) return undefined;
      offset = (zone === 45 ? -1 : 1) * (hours * 60 + minutes);
      at = length;
    }
    if (at !== length) return undefined;
  }
  return new Date(Date.UTC(shifted, month - 1, day, hour, minute - offset, second, ms) - back);
}

/** A Date as the wire takes it: `toISOString()`, or its UTC day for `format: date`. */
function isoText(date: Date, format: 't' | 'd'): string {
  const text = date.toISOString();
  return format === 'd' ? text.slice(0, text.indexOf('T')) : text;
}
