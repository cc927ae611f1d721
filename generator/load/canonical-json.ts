/** Key-order-insensitive JSON text, so two fragments that say the same thing compare equal. */
import { setOwn } from './own-property.js';

/** Serialises `value` with object keys sorted at every level. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return item;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(item).sort()) setOwn(sorted, key, (item as Record<string, unknown>)[key]);
    return sorted;
  });
}
