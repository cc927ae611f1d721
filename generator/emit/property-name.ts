/** Property names as TypeScript writes them: bare when they are identifiers, quoted otherwise (`'X-Request-Id'`, `'StartTime<'`). */

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Returns `name` as a property key in TypeScript source. */
export function propertyName(name: string): string {
  return IDENTIFIER.test(name) ? name : JSON.stringify(name);
}
