/** Golden outputs and the drift check: committed generated code must equal what the specs produce now. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGeneratorConfig } from '../../generator/config/read-generator-config.js';
import { generateApi, readRuntimeTemplates } from '../../generator/generate.js';
import { checkOutputFolder, checkRun, generateRun } from '../../generator/run-generator.js';
import { compareOutput } from '../../generator/write/compare-output.js';
import { OUTPUT_MANIFEST_FILE, outputManifestText } from '../../generator/write/output-manifest.js';

const runtime = await readRuntimeTemplates();

describe('drift', () => {
  it('generated/ equals a fresh generation through openapi-client.config.yaml (run `npm run generate` if this fails)', async () => {
    const runs = await generateRun(await readGeneratorConfig('openapi-client.config.yaml'));
    expect(runs.map((run) => run.api.name)).toEqual(['kambrium', 'smithery']);
    for (const { difference } of await checkRun(runs)) expect(difference).toEqual({ changed: [], missing: [], extra: [] });
    expect(await checkOutputFolder(runs, { output: 'generated', listsEveryApi: true })).toEqual({ changed: [], missing: [], extra: [] });
  });
});

/** Fixtures written to be read leniently, and how many warnings each gives; every other fixture gives none. */
const WARNINGS: Readonly<Record<string, number>> = { 'lenient-readings': 10, 'map-references': 6 };

describe('golden fixtures', async () => {
  const fixtures = (await readdir('test/fixtures/specs')).sort();
  it.each(fixtures)('%s equals its committed golden output (run `npm run generate:fixtures` to update)', async (name) => {
    const api = await generateApi(join('test/fixtures/specs', name), runtime);
    expect(await compareOutput(join('test/fixtures/generated', name), api.files)).toEqual({ changed: [], missing: [], extra: [] });
    expect(api.warnings.length).toBe(WARNINGS[name] ?? 0);
  });

  it('test/fixtures/generated records exactly the fixtures as its clients', async () => {
    expect(await readFile(join('test/fixtures/generated', OUTPUT_MANIFEST_FILE), 'utf8')).toBe(outputManifestText(fixtures));
  });
});

describe('determinism', () => {
  it('gives byte-identical output on a second run', async () => {
    const first = await generateApi('specs/smithery', runtime);
    const second = await generateApi('specs/smithery', runtime);
    expect(second.files).toEqual(first.files);
  });
});
