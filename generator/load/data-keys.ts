/** Which keys hold free-form data rather than spec structure, so walkers never mistake data for a schema or a reference. */

/** Keys that hold data anywhere in a document. */
const ALWAYS_DATA = new Set(['example', 'examples']);
/** Keys that hold data only inside a schema (elsewhere `default` is a response status). */
const SCHEMA_DATA = new Set(['default', 'const', 'enum']);

/** True when the value under `key` is data: an example, an extension, or (inside a schema) a default, const or enum. */
export function isDataKey(key: string, inSchema: boolean): boolean {
  return ALWAYS_DATA.has(key) || key.startsWith('x-') || (inSchema && SCHEMA_DATA.has(key));
}

/** True when the children of `key` are schemas, given the pointer segments of the object holding `key`. */
export function entersSchema(key: string, parentSegments: readonly string[]): boolean {
  return key === 'schema' || (parentSegments.length === 1 && parentSegments[0] === 'components' && key === 'schemas');
}
