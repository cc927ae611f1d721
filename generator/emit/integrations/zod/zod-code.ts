/**
 * The JavaScript expressions zod.ts is made of, as a small tree, and their layout: a call or an object literal stays
 * on one line when it fits in LINE_WIDTH, and otherwise takes one argument or property per line, as prettier would.
 * A tree, not text, so the emitter can ask what an expression is (a plain object schema can be `.extend`ed) and where
 * a `/* @__PURE__ *\/` annotation is needed.
 */
import { objectKey, propertyName } from '../../property-name.js';
import { LINE_WIDTH } from '../../layout.js';

/** One expression of zod.ts. */
export type ZodCode =
  /** An identifier, a literal, or any other text that never spans lines. */
  | { readonly kind: 'text'; readonly text: string }
  /** `callee(args)`; a string callee is written as it is (`z.object`). */
  | { readonly kind: 'call'; readonly callee: ZodCode | string; readonly args: readonly ZodCode[] }
  /** `object.name`. */
  | { readonly kind: 'member'; readonly object: ZodCode; readonly name: string }
  /** An object literal; keys are written prototype-safely (`["__proto__"]`). */
  | { readonly kind: 'object'; readonly entries: ReadonlyArray<readonly [string, ZodCode]> }
  /** An array literal. */
  | { readonly kind: 'array'; readonly items: readonly ZodCode[] }
  /** `(): returnType => body`. */
  | { readonly kind: 'arrow'; readonly returnType: string; readonly body: ZodCode };

/** Text that is written as it is. */
export function text(value: string): ZodCode {
  return { kind: 'text', text: value };
}

/** `z.<name>(...args)`. */
export function zod(name: string, ...args: ZodCode[]): ZodCode {
  return { kind: 'call', callee: `z.${name}`, args };
}

/** `target.<name>(...args)`: a method of a schema, such as `.min(1)`. */
export function method(target: ZodCode, name: string, ...args: ZodCode[]): ZodCode {
  return { kind: 'call', callee: { kind: 'member', object: target, name }, args };
}

/** A JSON value as a literal: strings quoted, numbers and booleans as they are. */
export function literal(value: string | number | boolean | null): ZodCode {
  return text(value === null ? 'null' : typeof value === 'number' ? numberText(value) : JSON.stringify(value));
}

/** An object literal of `entries`. */
export function objectLiteral(entries: ReadonlyArray<readonly [string, ZodCode]>): ZodCode {
  return { kind: 'object', entries };
}

/** An array literal of `items`. */
export function arrayLiteral(items: readonly ZodCode[]): ZodCode {
  return { kind: 'array', items };
}

/** `(): returnType => body`. */
export function arrow(returnType: string, body: ZodCode): ZodCode {
  return { kind: 'arrow', returnType, body };
}

/** A number as JavaScript source: `-0` as `0`, and never `NaN` or `Infinity` (JSON has neither). */
function numberText(value: number): string {
  return Number.isFinite(value) ? String(value === 0 ? 0 : value) : '0';
}

/** True when evaluating `code` may call a function other than the outermost call chain's own (whose arguments are then not pure). */
export function hasNestedCall(code: ZodCode): boolean {
  switch (code.kind) {
    case 'text':
      return false;
    case 'member':
      return hasNestedCall(code.object);
    case 'call':
      return (typeof code.callee !== 'string' && hasNestedCall(code.callee)) || code.args.some(containsCall);
    default:
      return containsCall(code);
  }
}

/** True when `code` holds a call or a function anywhere. */
function containsCall(code: ZodCode): boolean {
  switch (code.kind) {
    case 'text':
      return false;
    case 'call':
    case 'arrow':
      return true;
    case 'member':
      return containsCall(code.object);
    case 'object':
      return code.entries.some(([, value]) => containsCall(value));
    case 'array':
      return code.items.some(containsCall);
  }
}

/** Writes `code` starting `used` characters into a line whose indentation is `indent`. */
export function printCode(code: ZodCode, used = 0, indent = ''): string {
  const flat = flatText(code, LINE_WIDTH - used);
  if (flat !== undefined) return flat;
  const inner = `${indent}  `;
  switch (code.kind) {
    case 'text':
      return code.text;
    case 'member':
      return `${printCode(code.object, used, indent)}.${code.name}`;
    case 'call': {
      const callee = typeof code.callee === 'string' ? code.callee : printCode(code.callee, used, indent);
      const broken = callee.includes('\n');
      const lastLine = broken ? callee.slice(callee.lastIndexOf('\n') + 1) : '';
      const column = broken ? lastLine.length : used + callee.length;
      const lineIndent = broken ? /^ */.exec(lastLine)![0] : indent;
      if (code.args.length === 0) return `${callee}()`;
      // A last argument that opens a bracket (an object, an array, a call) hugs the parentheses when the ones before
      // it are short: `z.object({`, `z.discriminatedUnion("kind", [`.
      const last = code.args.at(-1)!;
      const leading = code.args.slice(0, -1).every((arg) => arg.kind === 'text') ? flatList(code.args.slice(0, -1), LINE_WIDTH - column - 3) : undefined;
      if (last.kind !== 'text' && leading !== undefined) {
        const head = `${callee}(${leading === '' ? '' : `${leading}, `}`;
        return `${head}${printCode(last, column + head.length - callee.length, lineIndent)})`;
      }
      const argIndent = `${lineIndent}  `;
      const args = code.args.map((arg) => `${argIndent}${printCode(arg, argIndent.length, argIndent)},`);
      return `${callee}(\n${args.join('\n')}\n${lineIndent})`;
    }
    case 'object': {
      const lines = code.entries.map(([key, value]) => {
        const head = `${inner}${keyText(key)}: `;
        return `${head}${printCode(value, head.length, inner)},`;
      });
      return `{\n${lines.join('\n')}\n${indent}}`;
    }
    case 'array': {
      const lines = code.items.map((item) => `${inner}${printCode(item, inner.length, inner)},`);
      return `[\n${lines.join('\n')}\n${indent}]`;
    }
    case 'arrow': {
      const head = `(): ${code.returnType} => `;
      return `${head}${printCode(code.body, used + head.length, indent)}`;
    }
  }
}

/** The one-line text of `code` when it is at most `limit` characters long; undefined otherwise (found without writing more than `limit`). */
function flatText(code: ZodCode, limit: number): string | undefined {
  if (limit < 0) return undefined;
  let result: string | undefined;
  switch (code.kind) {
    case 'text':
      result = code.text.includes('\n') ? undefined : code.text;
      break;
    case 'member': {
      const object = flatText(code.object, limit - code.name.length - 1);
      result = object === undefined ? undefined : `${object}.${code.name}`;
      break;
    }
    case 'call': {
      const callee = typeof code.callee === 'string' ? code.callee : flatText(code.callee, limit - 2);
      const args = callee === undefined ? undefined : flatList(code.args, limit - callee.length - 2);
      result = args === undefined ? undefined : `${callee}(${args})`;
      break;
    }
    case 'object': {
      if (code.entries.length === 0) return '{}';
      let left = limit - 4;
      const parts: string[] = [];
      for (const [key, value] of code.entries) {
        const head = `${keyText(key)}: `;
        const item = flatText(value, left - head.length);
        if (item === undefined) return undefined;
        parts.push(head + item);
        left -= head.length + item.length + 2;
      }
      result = `{ ${parts.join(', ')} }`;
      break;
    }
    case 'array': {
      const items = flatList(code.items, limit - 2);
      result = items === undefined ? undefined : `[${items}]`;
      break;
    }
    case 'arrow': {
      const head = `(): ${code.returnType} => `;
      const body = flatText(code.body, limit - head.length);
      result = body === undefined ? undefined : head + body;
      break;
    }
  }
  return result !== undefined && result.length <= limit ? result : undefined;
}

/** Items joined by `, ` when they fit in `limit` characters. */
function flatList(items: readonly ZodCode[], limit: number): string | undefined {
  let left = limit;
  const texts: string[] = [];
  for (const item of items) {
    const flat = flatText(item, left);
    if (flat === undefined) return undefined;
    texts.push(flat);
    left -= flat.length + 2;
  }
  return texts.join(', ');
}

/** A property key: bare when it is an identifier (but `__proto__`, which would set the prototype), quoted otherwise. */
function keyText(key: string): string {
  return key === '__proto__' ? objectKey(key) : propertyName(key);
}
