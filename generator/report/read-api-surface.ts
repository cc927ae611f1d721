/**
 * Reads the previous client's api-surface.json for the change report. The file is untrusted (edited by hand,
 * written by another tool or an older generator, damaged): its shape is checked whole before anything is
 * compared, and it is copied into maps without a prototype, so that no content can crash the run or reach an
 * inherited member (`constructor`, `__proto__`). A file that is not a surface is read as no previous client, with
 * a warning saying so; no file at all is a first generation.
 */
import { readFile } from 'node:fs/promises';
import type { ApiSurface, OperationSurface } from '../emit/emit-api-surface.js';
import { setOwn } from '../load/own-property.js';
import { clip } from './terminal-text.js';

/** The previous surface, or none; `warning` says why a file that exists was not used. */
export type PreviousSurface = { readonly surface: ApiSurface; readonly warning?: undefined } | { readonly surface?: undefined; readonly warning?: string };

/** Reads and checks the surface file `file`. */
export async function readApiSurface(file: string): Promise<PreviousSurface> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return {};
    return { warning: unused(file, `it cannot be read: ${code ?? 'error'}`) };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { warning: unused(file, 'it is not JSON') };
  }
  try {
    return { surface: toApiSurface(value) };
  } catch (error) {
    if (!(error instanceof ShapeError)) throw error;
    return { warning: unused(file, error.message) };
  }
}

function unused(file: string, why: string): string {
  return `${file} is not a surface this generator wrote (${why}); it is read as no previous client`;
}

/** A value of the wrong shape, with where it is (`operations.listPets.parameters`). */
class ShapeError extends Error {}

/** `value` as an ApiSurface, copied into prototype-free maps; throws a ShapeError naming the first wrong field. */
function toApiSurface(value: unknown): ApiSurface {
  const root = record(value, 'the top level');
  return {
    operations: map(root.operations, 'operations', (operation, where) => toOperation(operation, where)),
    schemas: map(root.schemas, 'schemas', text),
  };
}

function toOperation(value: unknown, where: string): OperationSurface {
  const operation = record(value, where);
  const typed = (item: unknown, at: string) => {
    const fields = record(item, at);
    return { required: boolean(fields.required, `${at}.required`), type: text(fields.type, `${at}.type`) };
  };
  return {
    method: text(operation.method, `${where}.method`),
    path: text(operation.path, `${where}.path`),
    parameters: map(operation.parameters, `${where}.parameters`, typed),
    ...(operation.body === undefined ? {} : { body: typed(operation.body, `${where}.body`) }),
    responses: map(operation.responses, `${where}.responses`, text),
    errors: map(operation.errors, `${where}.errors`, text),
  };
}

/** An object's own fields (no array, no null); reading a missing field gives undefined, never an inherited one. */
function record(value: unknown, where: string): Readonly<Record<string, unknown>> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw wrong(where, 'an object', value);
  const copy: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(value)) setOwn(copy, key, (value as Record<string, unknown>)[key]);
  return copy;
}

/** A prototype-free map with each entry converted by `entry`. */
function map<T>(value: unknown, where: string, entry: (item: unknown, where: string) => T): Record<string, T> {
  const fields = record(value, where);
  const result: Record<string, T> = Object.create(null) as Record<string, T>;
  for (const key of Object.keys(fields)) setOwn(result, key, entry(fields[key], `${where}.${clip(JSON.stringify(key), 60)}`));
  return result;
}

function text(value: unknown, where: string): string {
  if (typeof value !== 'string') throw wrong(where, 'a string', value);
  return value;
}

function boolean(value: unknown, where: string): boolean {
  if (typeof value !== 'boolean') throw wrong(where, 'true or false', value);
  return value;
}

function wrong(where: string, what: string, value: unknown): ShapeError {
  if (value === undefined) return new ShapeError(`${where} is missing`);
  const found = value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'an object' : `a ${typeof value}`;
  return new ShapeError(`${where} must be ${what}, not ${found}`);
}
