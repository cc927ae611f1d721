/** Compares two generations of a client's public surface and says, change by change, whether callers break. */
import type { ApiSurface, OperationSurface } from '../emit/emit-api-surface.js';
import { hasOwn, ownValue as at } from '../load/own-property.js';

/** One change to the public surface. */
export interface SurfaceChange {
  /** True when code written against the previous client may stop compiling or working. */
  readonly breaking: boolean;
  readonly text: string;
}

const sorted = (keys: Iterable<string>) => [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

/** Lists the changes from `before` to `after`, breaking ones first, each group in name order. */
export function diffApiSurface(before: ApiSurface, after: ApiSurface): SurfaceChange[] {
  const changes: SurfaceChange[] = [];
  const removed = sorted(Object.keys(before.operations).filter((name) => !hasOwn(after.operations, name)));
  const added = sorted(Object.keys(after.operations).filter((name) => !hasOwn(before.operations, name)));
  const endpoint = (op: OperationSurface) => `${op.method} ${op.path}`;
  for (const name of removed) {
    const old = at(before.operations, name)!;
    const renamed = added.find((candidate) => endpoint(at(after.operations, candidate)!) === endpoint(old));
    if (renamed !== undefined) {
      added.splice(added.indexOf(renamed), 1);
      changes.push({ breaking: true, text: `operation \`${name}\` was renamed \`${renamed}\` (${endpoint(old)})` });
      changes.push(...diffOperation(renamed, old, at(after.operations, renamed)!));
    } else {
      changes.push({ breaking: true, text: `operation \`${name}\` was removed (${endpoint(old)})` });
    }
  }
  for (const name of added) changes.push({ breaking: false, text: `operation \`${name}\` was added (${endpoint(at(after.operations, name)!)})` });
  for (const name of sorted(Object.keys(after.operations))) {
    const old = at(before.operations, name);
    if (old) changes.push(...diffOperation(name, old, at(after.operations, name)!));
  }
  for (const name of sorted(new Set([...Object.keys(before.schemas), ...Object.keys(after.schemas)]))) {
    const old = at(before.schemas, name);
    const now = at(after.schemas, name);
    if (old === undefined) changes.push({ breaking: false, text: `type \`${name}\` was added` });
    else if (now === undefined) changes.push({ breaking: true, text: `type \`${name}\` was removed` });
    else if (old !== now) changes.push({ breaking: true, text: `type \`${name}\` changed: \`${old}\` → \`${now}\`` });
  }
  return [...changes.filter((c) => c.breaking), ...changes.filter((c) => !c.breaking)];
}

function diffOperation(name: string, before: OperationSurface, after: OperationSurface): SurfaceChange[] {
  const changes: SurfaceChange[] = [];
  if (before.method !== after.method || before.path !== after.path) {
    changes.push({ breaking: false, text: `\`${name}\` now calls ${after.method} ${after.path} (was ${before.method} ${before.path})` });
  }
  for (const key of sorted(new Set([...Object.keys(before.parameters), ...Object.keys(after.parameters)]))) {
    const old = at(before.parameters, key);
    const now = at(after.parameters, key);
    if (!old && now) changes.push({ breaking: now.required, text: `\`${name}\` gained ${now.required ? 'a required' : 'an optional'} parameter \`${key}\`` });
    else if (old && !now) changes.push({ breaking: true, text: `\`${name}\` lost the parameter \`${key}\`` });
    else if (old && now) {
      if (!old.required && now.required) changes.push({ breaking: true, text: `\`${name}\`: parameter \`${key}\` became required` });
      if (old.required && !now.required) changes.push({ breaking: false, text: `\`${name}\`: parameter \`${key}\` became optional` });
      if (old.type !== now.type) changes.push({ breaking: true, text: `\`${name}\`: parameter \`${key}\` changed type: \`${old.type}\` → \`${now.type}\`` });
    }
  }
  if (JSON.stringify(before.body) !== JSON.stringify(after.body)) {
    const becameRequired = after.body?.required === true && before.body?.required !== true;
    const typeChanged = before.body !== undefined && after.body !== undefined && before.body.type !== after.body.type;
    changes.push({ breaking: becameRequired || typeChanged, text: `\`${name}\`: request body changed: \`${before.body?.type ?? 'none'}\` → \`${after.body?.type ?? 'none'}\`` });
  }
  for (const [label, field] of [['success', 'responses'], ['error', 'errors']] as const) {
    for (const status of sorted(new Set([...Object.keys(before[field]), ...Object.keys(after[field])]))) {
      const old = at(before[field], status);
      const now = at(after[field], status);
      if (old === now) continue;
      const text =
        old === undefined
          ? `\`${name}\` documents a new ${label} response ${status}`
          : now === undefined
            ? `\`${name}\` no longer documents the ${label} response ${status}`
            : `\`${name}\`: ${label} response ${status} changed: \`${old}\` → \`${now}\``;
      // A new error status adds a union member, which breaks exhaustive switches; a new success changes `data`.
      changes.push({ breaking: true, text });
    }
  }
  return changes;
}
