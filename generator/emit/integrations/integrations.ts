/** Every integration the generator knows, in the order their files and README sections are emitted. */
import { datesIntegration } from './dates.js';
import type { Integration } from './integration.js';
import { tanstackQueryIntegration } from './tanstack-query/tanstack-query-integration.js';
import { zodIntegration } from './zod/zod-integration.js';

export const INTEGRATIONS: readonly Integration[] = [tanstackQueryIntegration, zodIntegration, datesIntegration];
