/** Every integration the generator knows, in the order their files and README sections are emitted. */
import { datesIntegration } from './dates.js';
import type { Integration } from './integration.js';

export const INTEGRATIONS: readonly Integration[] = [datesIntegration];
