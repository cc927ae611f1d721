/** Builds a model straight from YAML text, for model and emit stage tests. */
import { Diagnostics, formatDiagnostic } from '../../generator/load/diagnostics.js';
import type { LoadedApi } from '../../generator/load/load-api.js';
import { mergeSpecSources } from '../../generator/load/merge-spec-sources.js';
import type { ApiConfig } from '../../generator/load/read-api-config.js';
import { buildApiModel } from '../../generator/model/build-api-model.js';
import type { ApiModel } from '../../generator/model/types.js';
import { yamlSource } from './spec-sources.js';

/** Loads `yaml` as the only file of an API called `name`. */
export function loadedFromYaml(yaml: string, config: Partial<ApiConfig> = {}, name = 'test'): LoadedApi {
  return {
    name,
    folder: `specs/${name}`,
    spec: mergeSpecSources([yamlSource(`specs/${name}/openapi.yaml`, yaml)]),
    config: { operationNames: {}, schemaNames: {}, ...config },
  };
}

/** Builds the model of `yaml`. */
export function modelFromYaml(yaml: string, config: Partial<ApiConfig> = {}, name = 'test'): ApiModel {
  return buildApiModel(loadedFromYaml(yaml, config, name));
}

/** Builds the model of `yaml` and gives the warnings the model stage raised, as the command prints them. */
export function modelAndWarnings(yaml: string, config: Partial<ApiConfig> = {}, name = 'test'): { model: ApiModel; warnings: string[] } {
  const diagnostics = new Diagnostics();
  const model = buildApiModel(loadedFromYaml(yaml, config, name), diagnostics);
  return { model, warnings: diagnostics.list.map(formatDiagnostic) };
}
