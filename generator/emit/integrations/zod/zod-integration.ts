/** `zod: true`: the client gets `zod.ts` (see emit-zod-file.ts) and a README section showing it. */
import type { Integration } from '../integration.js';
import { emitZodFile } from './emit-zod-file.js';
import { zodReadmeSection } from './zod-readme-section.js';

export const zodIntegration: Integration = {
  name: 'zod',
  emit: (model, { header }) => [{ path: 'zod.ts', content: header + emitZodFile(model) }],
  readme: zodReadmeSection,
};
