/** Builds the fuzz cases of one seed: generated documents (YAML or JSON) and mutations of real specs from the corpus. */
import fc from 'fast-check';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { parse, stringify } from 'yaml';
import type { FuzzCase } from './fuzz-runner.js';
import { anyMutation, mutateSpec, type MutationSizes } from './mutate-spec.js';
import { anyDocument } from './openapi-arbitraries.js';

export interface CaseSettings {
  readonly seed: number;
  /** How many generated documents. */
  readonly generated: number;
  /** How many mutated corpus specs (none without a corpus). */
  readonly mutated: number;
  /** The corpus folder (`../shared/corpus` by default). */
  readonly corpusDir: string;
  /** Corpus specs larger than this are not mutated (big specs take seconds each). */
  readonly maxCorpusBytes: number;
  readonly sizes: MutationSizes;
}

/** Single-file OpenAPI documents of the corpus (references to other files would dangle once copied), sorted. */
export async function corpusSpecs(corpusDir: string, maxBytes: number): Promise<Array<{ name: string; value: unknown }>> {
  if (!existsSync(corpusDir)) return [];
  const entries = await readdir(corpusDir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && /\.(ya?ml|json)$/.test(entry.name) && !join(entry.parentPath, entry.name).split('/').includes('invalid'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  const specs: Array<{ name: string; value: unknown }> = [];
  for (const file of files) {
    const text = await readFile(file, 'utf8');
    if (text.length > maxBytes || /\$ref["']?\s*:\s*["']?(?!#)[^\s"']/.test(text)) continue;
    let value: unknown;
    try {
      value = file.endsWith('.json') ? JSON.parse(text) : parse(text, { maxAliasCount: -1 });
    } catch {
      continue;
    }
    if (value !== null && typeof value === 'object' && 'openapi' in value) specs.push({ name: relative(corpusDir, file), value });
  }
  return specs;
}

/** The cases of `settings.seed`, in a fixed order: generated documents first, then mutations. */
export async function fuzzCases(settings: CaseSettings): Promise<FuzzCase[]> {
  const cases: FuzzCase[] = [];
  const documents = settings.generated > 0 ? fc.sample(fc.tuple(anyDocument, fc.boolean()), { seed: settings.seed, numRuns: settings.generated }) : [];
  for (const [index, [document, asJson]] of documents.entries()) {
    cases.push({
      label: `seed ${settings.seed}, generated #${index}`,
      fileName: asJson ? 'openapi.json' : 'openapi.yaml',
      text: asJson ? JSON.stringify(document, null, 1) : stringify(document, { aliasDuplicateObjects: false, lineWidth: 0 }),
    });
  }
  const specs = settings.mutated > 0 ? await corpusSpecs(settings.corpusDir, settings.maxCorpusBytes) : [];
  if (specs.length === 0) return cases;
  const mutations = fc.sample(fc.tuple(fc.nat(), anyMutation), { seed: settings.seed + 1, numRuns: settings.mutated });
  for (const [index, [pick, mutation]] of mutations.entries()) {
    const spec = specs[pick % specs.length]!;
    cases.push({
      label: `seed ${settings.seed}, mutation #${index}: ${mutation.kind} of ${spec.name}`,
      fileName: `${basename(spec.name).replace(/\.[^.]+$/, '')}.json`,
      text: mutateSpec(spec.value as never, mutation, settings.sizes),
    });
  }
  return cases;
}
