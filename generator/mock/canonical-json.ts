/**
 * One text per JSON value, the same for values JSON equality calls equal (object keys sorted, `-0` as `0`): two
 * items are equal exactly when their texts are, so `uniqueItems` is a Set lookup per item, in time linear in the
 * array's size, rather than a comparison of every pair. Iterative, so no nesting exhausts the stack.
 * @see https://json-schema.org/draft/2020-12/json-schema-validation#section-6.4.3
 */

/** `value`'s canonical JSON text (values JSON cannot hold, such as `undefined`, written as `null`). */
export function canonicalJson(value: unknown): string {
  const parts: string[] = [];
  // Either a value still to write, or a piece of punctuation.
  const pending: Array<{ value: unknown } | string> = [{ value }];
  while (pending.length > 0) {
    const next = pending.pop()!;
    if (typeof next === 'string') {
      parts.push(next);
      continue;
    }
    const current = next.value;
    if (current === null || typeof current !== 'object') {
      parts.push(typeof current === 'number' || typeof current === 'string' || typeof current === 'boolean' ? JSON.stringify(current) ?? 'null' : 'null');
      continue;
    }
    const items: Array<{ value: unknown } | string> = [];
    if (Array.isArray(current)) {
      items.push('[');
      current.forEach((item, index) => items.push(...(index > 0 ? [','] : []), { value: item }));
      items.push(']');
    } else {
      items.push('{');
      Object.keys(current)
        .sort()
        .forEach((key, index) => items.push(`${index > 0 ? ',' : ''}${JSON.stringify(key)}:`, { value: (current as Record<string, unknown>)[key] }));
      items.push('}');
    }
    for (let index = items.length - 1; index >= 0; index--) pending.push(items[index]!);
  }
  return parts.join('');
}
