/**
 * A client.yaml table keyed by operationId or `METHOD /path` (operationNames, resourcePaths, pagination): looks an
 * operation's entry up, and refuses keys that name no operation once every operation has looked.
 */
import { join } from 'node:path';
import type { LoadedApi } from '../load/load-api.js';
import { ownValue } from '../load/own-property.js';
import { API_CONFIG_FILE } from '../load/read-api-config.js';
import { SpecError } from '../load/spec-error.js';
import { operationKey } from './naming.js';

export interface OperationSettings<T> {
  /** The operation's entry, under its operationId if the table has that key, else under `METHOD /path`. */
  get(operationId: string | undefined, method: string, path: string): { readonly key: string; readonly value: T } | undefined;
  /** Throws a SpecError naming the keys no `get` found. `field` names the table, `verb` what its entries do (`places`). */
  refuseUnused(field: string, verb: string): void;
}

/** Wraps `table` (of `api`'s client.yaml) for lookups by operation. */
export function operationSettings<T>(table: Readonly<Record<string, T>> | undefined, api: LoadedApi): OperationSettings<T> {
  const entries = table ?? {};
  const used = new Set<string>();
  return {
    get(operationId, method, path) {
      const key = operationId !== undefined && ownValue(entries, operationId) !== undefined ? operationId : operationKey(method, path);
      const value = ownValue(entries, key);
      if (value === undefined) return undefined;
      used.add(key);
      return { key, value };
    },
    refuseUnused(field, verb) {
      const unused = Object.keys(entries).filter((key) => !used.has(key));
      if (unused.length === 0) return;
      throw new SpecError(
        `client.yaml ${verb} operations the spec does not have: ${unused.join(', ')}`,
        [{ file: join(api.folder, API_CONFIG_FILE) }],
        `keys of ${field} are operationIds or "METHOD /path"; remove or correct these`,
      );
    },
  };
}
