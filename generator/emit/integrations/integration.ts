/**
 * The seam for integrations (TanStack Query, Zod, dates, …): each is an emitter of its own that reads the model and
 * writes its own files, turned on per API by a setting of the same name in client.yaml or the config file. The core
 * emitters never branch on one; emitApiClient asks each integration that is on for its files and README sections.
 */
import type { ApiModel, IntegrationName } from '../../model/types.js';
import type { GeneratedFile } from '../generated-file.js';
import type { SchemaTypePrinter } from '../schema-type-printer.js';

/** What an integration gets besides the model: how the client prints schema types, and the header of generated files. */
export interface IntegrationContext {
  readonly printer: SchemaTypePrinter;
  /** The `// Generated from …` line every generated file starts with (ending in a newline). */
  readonly header: string;
}

/** One integration. */
export interface Integration {
  /** The setting that turns it on. */
  readonly name: IntegrationName;
  /** Its files, with paths relative to the client's folder (such as `query.ts`). */
  emit(model: ApiModel, context: IntegrationContext): GeneratedFile[];
  /** Its section of the client's README (markdown, starting with a `## ` heading; every ```ts block must compile), if any. */
  readme?(model: ApiModel): string;
}
