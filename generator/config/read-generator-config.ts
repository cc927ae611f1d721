/**
 * Reads the generator's config file (`openapi-client.config.yaml`, `.yml` or `.json`): which APIs to generate,
 * from which inputs, into which folder, with which names.
 */
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { API_NAME_RULE, apiNameForInput, CASE_CLASH_HINT, caseClashMessage, checkWrittenApiName, deriveApiName, findCaseClash, quoteName } from './api-name.js';
import { parseApiConfig } from '../load/read-api-config.js';
import { parseRawText } from '../load/read-spec-source.js';
import { SpecError } from '../load/spec-error.js';
import type { ApiConfig } from '../load/read-api-config.js';

/** The config file names looked for in the working directory, in order. */
export const CONFIG_FILE_NAMES = ['openapi-client.config.yaml', 'openapi-client.config.yml', 'openapi-client.config.json'];

/** One API to generate. */
export interface ApiTarget {
  /** Names the output folder `<output>/<name>`. */
  readonly name: string;
  /** Files, folders or globs, as written (relative to `baseDir`). */
  readonly inputs: readonly string[];
  /** The folder inputs are relative to. */
  readonly baseDir: string;
  /** Naming and token settings from the config file; a folder input's client.yaml adds to them. */
  readonly settings: Partial<ApiConfig>;
}

/** A whole generation run. */
export interface GeneratorConfig {
  /** The config file read, when there is one. */
  readonly file?: string;
  /** The folder that receives one sub-folder per API. */
  readonly output: string;
  readonly apis: readonly ApiTarget[];
  /**
   * True when `apis` lists every API the output folder should hold (a config file, `--specs`), so clients of other
   * APIs found there are removed; false for `--spec`, which names one API and must leave the others alone.
   */
  readonly listsEveryApi: boolean;
}

/** Reads and checks a config file. */
export async function readGeneratorConfig(file: string): Promise<GeneratorConfig> {
  const text = await readFile(file, 'utf8').catch(() => {
    throw new SpecError('the config file cannot be read', [{ file }], `create it, or run without --config to use ${CONFIG_FILE_NAMES[0]}`);
  });
  if (!/\.(ya?ml|json)$/.test(file)) {
    throw new SpecError('the config file must be .yaml, .yml or .json', [{ file }], `name it ${CONFIG_FILE_NAMES[0]}`);
  }
  const [raw] = parseRawText(file, text);
  const value = raw?.value as Record<string, unknown> | undefined;
  const at = (segments: string[]) => raw!.locate(segments);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new SpecError('the config file must be a mapping with `output` and `apis`', [{ file, line: 1 }]);
  }
  const known = new Set(['output', 'apis']);
  for (const key of Object.keys(value)) if (!known.has(key)) throw new SpecError(`unknown setting "${key}"`, [at([key])], 'known settings: output, apis');
  const output = value.output ?? 'generated';
  if (typeof output !== 'string') throw new SpecError('`output` must be a folder path', [at(['output'])]);
  if (!Array.isArray(value.apis) || value.apis.length === 0) {
    throw new SpecError('`apis` must list at least one API', [at(['apis'])], 'apis:\n    - name: pets\n      input: specs/pets');
  }
  const baseDir = dirname(file);
  const names = new Set<string>();
  const apis = value.apis.map((entry: unknown, index: number): ApiTarget => {
    const here = ['apis', String(index)];
    if (entry === null || typeof entry !== 'object') throw new SpecError('each API must be a mapping with `name` and `input`', [at(here)]);
    const api = entry as Record<string, unknown>;
    const { name, input, ...rest } = api;
    if (typeof name !== 'string') throw new SpecError('`name` must be a folder name (letters, digits, ".", "_", "-")', [at([...here, 'name'])]);
    checkWrittenApiName(name, { label: '`name`', example: 'name: ', position: at([...here, 'name']) });
    if (names.has(name)) throw new SpecError(`two APIs are named ${quoteName(name)}`, [at([...here, 'name'])]);
    const clash = findCaseClash([...names, name]);
    if (clash) throw new SpecError(caseClashMessage(clash), [at([...here, 'name'])], CASE_CLASH_HINT);
    names.add(name);
    const inputs = typeof input === 'string' ? [input] : Array.isArray(input) && input.every((i) => typeof i === 'string') ? (input as string[]) : undefined;
    if (!inputs || inputs.length === 0) {
      throw new SpecError('`input` must be a file, a folder, a glob, or a list of them', [at([...here, 'input'])]);
    }
    // The remaining keys are the same settings a spec folder's client.yaml holds.
    const settings = parseApiConfig(file, JSON.stringify(rest), (segments) => at([...here, ...segments]));
    return { name, inputs, baseDir, settings };
  });
  return { file, output: join(baseDir, output), apis, listsEveryApi: true };
}

/** The config for one API named on the command line (`--spec`), without a config file. */
export function configFromSpec(spec: string, output: string, name?: string): GeneratorConfig {
  const apiName = name === undefined ? apiNameForInput(spec) : checkWrittenApiName(name, { label: '--name', example: '--name ' });
  return { output, apis: [{ name: apiName, inputs: [spec], baseDir: '.', settings: {} }], listsEveryApi: false };
}

/** The config for a folder holding one sub-folder per API (`--specs`), each generated into `<output>/<folder>`. */
export async function configFromSpecsFolder(folder: string, output: string): Promise<GeneratorConfig> {
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => {
    throw new SpecError('the specs folder does not exist', [{ file: folder }], 'create it with one sub-folder per API');
  });
  const byName = new Map<string, string>();
  for (const sub of entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()) {
    const derived = deriveApiName(sub);
    const at = [{ file: join(folder, sub) }];
    if ('problem' in derived) throw new SpecError(`cannot name an API after the folder ${quoteName(sub)}: ${derived.problem}`, at, `rename the folder: an API name is ${API_NAME_RULE}`);
    const same = byName.get(derived.name);
    if (same !== undefined) throw new SpecError(`the folders ${quoteName(same)} and ${quoteName(sub)} both give the API name ${quoteName(derived.name)}`, at, 'rename one of them');
    byName.set(derived.name, sub);
  }
  const clash = findCaseClash([...byName.keys()]);
  if (clash) throw new SpecError(caseClashMessage(clash), clash.map((name) => ({ file: join(folder, byName.get(name)!) })), CASE_CLASH_HINT);
  const apis = [...byName].map(([name, sub]) => ({ name, inputs: [join(folder, sub)], baseDir: '.', settings: {} }));
  if (apis.length === 0) throw new SpecError('the specs folder holds no API folders', [{ file: folder }], 'add one sub-folder per API');
  return { output, apis, listsEveryApi: true };
}
