/** Every integration the generator knows, in the order their files and README sections are emitted. */
import type { Integration } from './integration.js';
import { zodIntegration } from './zod/zod-integration.js';

export const INTEGRATIONS: readonly Integration[] = [zodIntegration];
