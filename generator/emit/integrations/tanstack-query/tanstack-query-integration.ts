/** `tanstackQuery: true`: the client's `query.ts` (TanStack Query options for every operation) and its README section. */
import type { Integration } from '../integration.js';
import { emitQueryFile } from './emit-query-file.js';
import { queryReadmeSection } from './query-readme-section.js';

export const tanstackQueryIntegration: Integration = {
  name: 'tanstackQuery',
  emit: (model, { header }) => [{ path: 'query.ts', content: header + emitQueryFile(model) }],
  readme: (model) => queryReadmeSection(model),
};
