/** Which keys hold free-form data rather than spec structure, so walkers never mistake data for a schema or a reference. */

/** Keys that hold data anywhere in a document. */
const ALWAYS_DATA = new Set(['example', 'examples']);
/** Keys that hold data only inside a schema (elsewhere `default` is a response status). */
const SCHEMA_DATA = new Set(['default', 'const', 'enum']);
/**
 * Keys whose value maps names to objects: below them, a key is a name the spec's author chose (a property called
 * `default` or `example`, a response called `default`), never a keyword.
 */
const NAME_MAPS = new Set([
  'properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas',
  'schemas', 'responses', 'parameters', 'requestBodies', 'headers', 'securitySchemes', 'links', 'callbacks', 'pathItems',
  'paths', 'webhooks', 'content', 'encoding', 'variables', 'mapping',
]);

/**
 * True when the value under `key` is data: an example, an extension, or (inside a schema) a default, const or enum.
 * `keysAreNames` says the object holding `key` is a map of names (see `childKeysAreNames`): then no key is data.
 */
export function isDataKey(key: string, inSchema: boolean, keysAreNames = false): boolean {
  if (keysAreNames) return false;
  return ALWAYS_DATA.has(key) || key.startsWith('x-') || (inSchema && SCHEMA_DATA.has(key));
}

/** True when the object under `key` maps names to objects; `keysAreNames` says whether `key` itself is such a name. */
export function childKeysAreNames(key: string, keysAreNames: boolean): boolean {
  return !keysAreNames && NAME_MAPS.has(key);
}

/** True when the children of `key` are schemas; `inComponents` says the object holding `key` is the document's `components`. */
export function entersSchema(key: string, inComponents: boolean): boolean {
  return key === 'schema' || (inComponents && key === 'schemas');
}

/**
 * True when `{ $ref: '…' }` under `key`, a map of names, is a reference standing for the whole map (DigitalOcean
 * writes `properties: { $ref: 'attributes.yml#/ids' }`) rather than an entry named `$ref`: in every such map but a
 * discriminator's `mapping` the entries are objects, so a text there can only be a reference.
 */
export function mayBeMapReference(key: string | undefined): boolean {
  return key !== 'mapping';
}
