/**
 * The seam for integrations (TanStack Query, Zod, dates, …): each is an emitter of its own that reads the model and
 * writes its own files, turned on per API by a setting of the same name in client.yaml or the config file. The core
 * emitters never branch on one; emitApiClient asks each integration that is on for its files and README sections.
 */
import type { ApiModel, IntegrationName, OperationModel } from '../../model/types.js';
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
  /**
   * A type it gives schemas of one `type` (such as `Date` for `type: string, format: date-time`), wherever the client
   * prints one, with how a README example writes a value of it from the JSON literal it would write otherwise;
   * undefined leaves the schema to the printer.
   */
  schemaType?(schema: Readonly<Record<string, unknown>>): SchemaTypeOverride | undefined;
  /**
   * The codec that converts an operation's values between the wire and its types (templates/operation.ts,
   * OperationCodec), as a function its own file exports; undefined where the operation needs none. The operation's
   * descriptor names it, so a client without such an integration carries none of it.
   */
  codec?(operation: OperationModel, model: ApiModel): CodecReference | undefined;
}

/** A type an integration gives a schema (see Integration.schemaType). */
export interface SchemaTypeOverride {
  /** The type's text, such as `Date`. */
  readonly type: string;
  /** The example value written from the JSON literal an example would otherwise hold (`"2026-01-01"`). */
  readonly example: (json: string) => string;
}

/** A codec function: the module of the client that exports it (`./dates.js`) and its name. */
export interface CodecReference {
  readonly module: string;
  readonly name: string;
}

/** One schema-type hook for every integration that is on: the first that gives a type wins. */
export function schemaTypeOf(integrations: readonly Integration[]): ((schema: Readonly<Record<string, unknown>>) => SchemaTypeOverride | undefined) | undefined {
  const hooks = integrations.flatMap((integration) => (integration.schemaType ? [integration.schemaType.bind(integration)] : []));
  if (hooks.length === 0) return undefined;
  return (schema) => {
    for (const hook of hooks) {
      const found = hook(schema);
      if (found !== undefined) return found;
    }
    return undefined;
  };
}
