/**
 * Prototype-safe access to records keyed by names a spec or config supplies (`__proto__`, `constructor`,
 * `toString` are valid schema, property and operation names): reads see only own properties, writes always
 * create own properties, never a prototype change.
 */

/** The value `record` holds under `key` itself; undefined for inherited members such as `constructor`. */
export function ownValue<T>(record: Readonly<Record<string, T>> | undefined | null, key: string): T | undefined {
  return record != null && Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/** True when `record` holds `key` itself. */
export function hasOwn(record: object | undefined | null, key: string): boolean {
  return record != null && Object.prototype.hasOwnProperty.call(record, key);
}

/**
 * Sets `record[key]` as an own, enumerable property; `key` may be `__proto__`. `__proto__` is the only accessor on
 * Object.prototype, so every other key is a plain assignment (defineProperty is several times slower, and the
 * loader sets a property for every node of a spec).
 */
export function setOwn<T>(record: Record<string, T>, key: string, value: T): void {
  if (key === '__proto__') Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
  else record[key] = value;
}
