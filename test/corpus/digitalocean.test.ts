/**
 * DigitalOcean's official multi-file spec (github.com/digitalocean/openapi, 2,900 files), which writes
 * `properties: { $ref: 'attributes.yml#/…' }`: it must generate, with a warning at each such $ref in the file that
 * holds it, into a client that compiles under `tsc --strict`. CI has no network, so this runs only where a copy
 * is: set DIGITALOCEAN_SPEC to its `specification/DigitalOcean-public.v2.yaml`. The fixture
 * test/fixtures/specs/map-references reproduces the pattern for CI.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { emitApiClient } from '../../generator/emit/emit-api-client.js';
import { readRuntimeTemplates } from '../../generator/generate.js';
import { Diagnostics, formatDiagnostic } from '../../generator/load/diagnostics.js';
import { loadSpecFile } from '../../generator/load/load-api.js';
import { buildApiModel } from '../../generator/model/build-api-model.js';

const spec = process.env.DIGITALOCEAN_SPEC;

describe.skipIf(spec === undefined)('DigitalOcean’s multi-file spec (DIGITALOCEAN_SPEC)', () => {
  let out: string | undefined;
  afterAll(() => (out ? rm(out, { recursive: true, force: true }) : undefined));

  it('generates with a warning at each map $ref, in its own file, into a client with 0 strict errors', { timeout: 600_000 }, async () => {
    const diagnostics = new Diagnostics();
    const model = buildApiModel(await loadSpecFile(spec!, diagnostics), diagnostics);
    const warnings = diagnostics.list;
    out = await mkdtemp(join(tmpdir(), 'digitalocean-'));
    for (const file of emitApiClient({ ...model, validators: true }, await readRuntimeTemplates())) {
      await mkdir(dirname(join(out, file.path)), { recursive: true });
      await writeFile(join(out, file.path), file.content);
    }
    const program = ts.createProgram(
      [join(out, 'index.ts'), join(out, 'validators.ts')],
      { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'], strict: true, noEmit: true, skipLibCheck: true, types: [] },
    );
    const errors = ts.getPreEmitDiagnostics(program).map((d) => `${d.file ? relative(out!, d.file.fileName) : ''} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
    console.log(
      [`digitalocean: ${model.operations.length} operations, ${model.schemas.length} schemas, ${warnings.length} warnings, ${errors.length} TypeScript errors`, ...warnings.map((w) => `  ${formatDiagnostic(w)}`)].join('\n'),
    );
    expect(errors.slice(0, 20)).toEqual([]);
    expect(model.operations.length).toBeGreaterThan(600);
    expect(warnings.length).toBeGreaterThan(0);
    for (const warning of warnings) {
      expect(warning.message).toMatch(/^`properties` is a \$ref \("[^"]*attributes\.yml#\/load_balancer_droplet_(ids|tag)"\) standing for the whole map/);
      // At the $ref in the file that holds it, not in the root file.
      expect(warning.position.file).toMatch(/resources[\\/]load_balancers[\\/]/);
      expect(warning.position.line).toBeGreaterThan(0);
    }
  });
});
