/** Property names as TypeScript writes them: bare when they are identifiers, quoted otherwise (`'X-Request-Id'`, `'StartTime<'`). */

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Returns `name` as a property key in TypeScript source. */
export function propertyName(name: string): string {
  return IDENTIFIER.test(name) ? name : JSON.stringify(name);
}

/**
 * Returns `name` as a key of an object literal in generated JavaScript: quoted, and computed for `__proto__`,
 * which as a plain key would set the object's prototype instead of adding a property.
 */
export function objectKey(name: string): string {
  return name === '__proto__' ? '["__proto__"]' : JSON.stringify(name);
}
