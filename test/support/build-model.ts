/** Builds a model straight from YAML text, for model and emit stage tests. */
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
