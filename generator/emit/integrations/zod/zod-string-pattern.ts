/** Placeholder: patterns are not checked yet. */
import type { ZodCode } from './zod-code.js';

export function stringPatternCheck(_pattern: string): ZodCode | undefined {
  return undefined;
}
