/**
 * The corpus test: every real-world spec under ../shared/corpus/real, every peer fixture under
 * ../shared/corpus/peer-tests, and GitHub's REST spec generate a client, and all of them compile together under
 * `tsc --strict` (plus noUnusedLocals) with 0 errors, after formatting like a real run. Files under an `invalid/` folder must be refused with a
 * SpecError that names a line. YAML/JSON files that are not OpenAPI documents (parts other files refer to,
 * tool configs) are counted and skipped.
 */
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { emitApiClient } from '../../generator/emit/emit-api-client.js';
import { formatFiles } from '../../generator/format/format-files.js';
import { readRuntimeTemplates } from '../../generator/generate.js';
import { Diagnostics, type Diagnostic } from '../../generator/load/diagnostics.js';
import { loadSpecFile } from '../../generator/load/load-api.js';
import { declaresSpec, readRawSource } from '../../generator/load/read-spec-source.js';
import { formatSpecError, SpecError } from '../../generator/load/spec-error.js';
import { buildApiModel } from '../../generator/model/build-api-model.js';
import { isReadableOperationId, operationIdName, splitWords } from '../../generator/model/naming.js';
import { singular } from '../../generator/model/rest-operation-name.js';
import type { ApiModel } from '../../generator/model/types.js';
import { responseStream } from '../../generator/model/response-stream.js';
import { hasInfiniteOptions, operationQueryKind } from '../../generator/emit/integrations/tanstack-query/operation-query-kind.js';
import { corpusDir as corpus, corpusPresent } from '../support/corpus-present.js';
import { githubSpecFile } from '../support/github-spec.js';
import { writeReadmeExamples } from '../support/readme-examples.js';
import { ALLOWED_DIFFERENCES, explains, oracleComparison, oracleTypes, type OracleCheck } from './schema-oracle.js';
import { checkZodAgainstMock, type ZodMockFigures } from './zod-mock-answers.js';
import { ALLOWED_ZOD_DIFFERENCES, zodComparison, zodDifferences, type ZodCheck } from './zod-oracle.js';

const github = githubSpecFile();
/**
 * ZOD_EXHAUSTIVE=1 (npm run test:zod-corpus) gives GitHub's spec a zod.ts too and checks every schema's z.infer;
 * by default GitHub's is left out (its 2.5 MB zod.ts would add about a minute) and large clients check a fixed-seed
 * sample of their schemas (see zod-oracle.ts).
 */
const zodExhaustive = process.env.ZOD_EXHAUSTIVE === '1';
const ZOD_SAMPLE_SEED = 24;
/** Per API, how many operations' response schemas meet the mock's answers, and how many mutations of them are tried. */
const ZOD_MOCK = { operations: zodExhaustive ? undefined : 4, mutations: zodExhaustive ? 400 : 25, seed: ZOD_SAMPLE_SEED };

interface Outcome {
  readonly file: string;
  readonly kind: 'generated' | 'refused' | 'not-a-document';
  readonly operations?: number;
  readonly message?: string;
  /** The client's folder and its oracle checks, when openapi-typescript could type the spec too. */
  readonly oracle?: { readonly folder: string; readonly checks: readonly OracleCheck[] };
  /** The client's folder and its zod.ts checks (each schema's `z.infer` against the client's type), when it has any. */
  readonly zod?: { readonly folder: string; readonly checks: readonly ZodCheck[]; readonly schemas: number };
  /** What its zod.ts did with the mock server's answers (see zod-mock-answers.ts). */
  readonly zodMock?: ZodMockFigures;
  /** How its operations were named (see naming.ts), and names that hold a path parameter's name. */
  readonly naming?: NamingCounts;
  /** Operations recognised as paginated (by style) and as streaming (by format). */
  readonly capabilities?: { readonly paginated: Readonly<Record<string, number>>; readonly streaming: Readonly<Record<string, number>> };
  /** What the generator read leniently (see diagnostics.ts). */
  readonly warnings?: readonly Diagnostic[];
  /** Operations with TanStack Query options in query.ts, by kind (see operation-query-kind.ts). */
  readonly queryOptions?: QueryOptionCounts;
}

interface QueryOptionCounts {
  readonly query: number;
  readonly infinite: number;
  readonly mutation: number;
  /** Streamed reads, which get none. */
  readonly stream: number;
}

/** Counts the operations of `model` that get query, infinite query and mutation options, and the streamed reads. */
function queryOptionsOf(model: ApiModel): QueryOptionCounts {
  const kinds = model.operations.map((operation) => operationQueryKind(operation));
  const count = (kind: string) => kinds.filter((k) => k === kind).length;
  return { query: count('query'), infinite: model.operations.filter(hasInfiniteOptions).length, mutation: count('mutation'), stream: count('stream') };
}

/** A warning's kind, for the figures: what was read leniently, from the message's form. */
function warningKind(warning: Diagnostic): string {
  const { message } = warning;
  if (/ is a \$ref .* standing for the whole map/.test(message)) return 'map $ref';
  if (message.startsWith('a schema must be a mapping')) return 'not a schema';
  const keyword = /^`([^`]+)` must be/.exec(message);
  if (keyword) return `\`${keyword[1]}\` of the wrong type`;
  if (/ would be named \S+, which the client's runtime exports$/.test(message)) return 'runtime export renamed';
  if (/ would be named /.test(message)) return 'meeting names numbered';
  return 'other';
}

/** `n kind, n kind` for a list of warnings, kinds sorted. */
function countKinds(warnings: readonly Diagnostic[]): string {
  const kinds = new Map<string, number>();
  for (const warning of warnings) kinds.set(warningKind(warning), (kinds.get(warningKind(warning)) ?? 0) + 1);
  return [...kinds].sort(([a], [b]) => (a < b ? -1 : 1)).map(([kind, n]) => `${n} ${kind}`).join(', ');
}

/** Counts the paginated operations of `model` by style, and the streamed success bodies by format. */
function capabilitiesOf(model: ApiModel): NonNullable<Outcome['capabilities']> {
  const paginated: Record<string, number> = {};
  const streaming: Record<string, number> = {};
  for (const operation of model.operations) {
    if (operation.pagination) paginated[operation.pagination.style] = (paginated[operation.pagination.style] ?? 0) + 1;
    const formats = new Set(operation.successResponses.flatMap((response) => responseStream(response)?.format ?? []));
    for (const format of formats) streaming[format] = (streaming[format] ?? 0) + 1;
  }
  return { paginated, streaming };
}

interface NamingCounts {
  readonly fromOperationId: number;
  readonly fromRestStructure: number;
  readonly fromOperationIdAfterMeeting: number;
  /** REST-derived names that hold a path parameter's name: there must be none. */
  readonly derivedWithParameterName: readonly string[];
  /** Names from operationIds that hold one: the spec's choice, counted only. */
  readonly specNamedWithParameterName: number;
}

/** Counts how each operation of `model` was named, and lists names that hold one of their path parameters' names. */
function namingOf(model: ApiModel): NamingCounts {
  let fromOperationId = 0;
  let fromRestStructure = 0;
  let fromOperationIdAfterMeeting = 0;
  let specNamedWithParameterName = 0;
  const derivedWithParameterName: string[] = [];
  for (const operation of model.operations) {
    const derived = !isReadableOperationId(operation.operationId, operation.method, operation.path) && operation.name !== operationIdName(operation.operationId);
    if (isReadableOperationId(operation.operationId, operation.method, operation.path)) fromOperationId++;
    else if (derived) fromRestStructure++;
    else fromOperationIdAfterMeeting++;
    const words = splitWords(operation.name).map((word) => word.toLowerCase()).join(' ');
    // `GET /repos/{owner}/{repo}` → `getRepo` takes `repo` from the static `repos`, not from the parameter.
    const staticWords = new Set(
      operation.path
        .split('/')
        .filter((segment) => !segment.includes('{'))
        .flatMap((segment) => splitWords(segment))
        .flatMap((word) => [word.toLowerCase(), singular(word).toLowerCase()]),
    );
    const holds = operation.parameters
      .filter((p) => p.in === 'path')
      .some((parameter) => {
        const parameterWords = splitWords(parameter.name).map((word) => word.toLowerCase());
        if (parameterWords.length === 0 || parameterWords.every((word) => staticWords.has(word))) return false;
        return ` ${words} `.includes(` ${parameterWords.join(' ')} `);
      });
    if (holds && derived) derivedWithParameterName.push(`${operation.method.toUpperCase()} ${operation.path} → ${operation.name}`);
    else if (holds) specNamedWithParameterName++;
  }
  return { fromOperationId, fromRestStructure, fromOperationIdAfterMeeting, derivedWithParameterName, specNamedWithParameterName };
}

async function specFiles(): Promise<string[]> {
  const entries = await readdir(corpus, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && /\.(ya?ml|json)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

describe.skipIf(!corpusPresent("the corpus test (every real spec and peer fixture, GitHub's spec, the type oracle)"))('corpus of real specs and peer fixtures', () => {
  const outcomes: Outcome[] = [];
  let out: string;
  let compileErrors: readonly ts.Diagnostic[] = [];
  let oracleVerdicts: ReturnType<typeof evaluateOracle> | undefined;
  let zodVerdicts: ReturnType<typeof evaluateZod> | undefined;
  let readmeExamples = 0;

  afterAll(async () => {
    if (out) await rm(out, { recursive: true, force: true });
  });

  it('generates a client for every OpenAPI document and refuses every invalid one clearly', { timeout: 300_000 }, async () => {
    // Inside the repository (.tmp/ is ignored), so the clients' query.ts and README examples resolve
    // @tanstack/query-core and @tanstack/react-query from its node_modules, as a client's users resolve theirs.
    await mkdir('.tmp', { recursive: true });
    out = await mkdtemp(join(process.cwd(), '.tmp', 'corpus-clients-'));
    // ES modules, as clients are used: the README examples await at the top level.
    await writeFile(join(out, 'package.json'), '{ "type": "module" }\n');
    const runtime = await readRuntimeTemplates();
    for (const file of [...(await specFiles()), github]) {
      const name = file === github ? 'github/api.github.com.json' : relative(corpus, file);
      const invalid = name.split('/').includes('invalid');
      const raws = await readRawSource(file);
      if (!raws.some(declaresSpec)) {
        outcomes.push({ file: name, kind: 'not-a-document' });
        continue;
      }
      try {
        const diagnostics = new Diagnostics();
        const loaded = await loadSpecFile(file, diagnostics);
        // validators.ts, query.ts and zod.ts too, so the compile covers them for every spec.
        const built = buildApiModel(loaded, diagnostics);
        const withZod = file !== github || zodExhaustive;
        const integrations = [...built.integrations, 'tanstackQuery' as const, ...(withZod ? ['zod' as const] : [])];
        const model = { ...built, validators: true, integrations: [...new Set(integrations)] };
        const folder = join(out, name.replace(/[^A-Za-z0-9]+/g, '-'));
        // The whole pipeline, formatting included: the formatter must accept everything the emitters write.
        // But zod.ts (1.8 MB over the corpus, about 10 s of prettier): tsc still reads all of it, and the fixtures' goes through the formatter.
        const emitted = emitApiClient(model, runtime).map((generated) => (generated.path === 'zod.ts' ? { ...generated, preformatted: true } : generated));
        for (const generated of await formatFiles(emitted)) {
          await mkdir(dirname(join(folder, generated.path)), { recursive: true });
          await writeFile(join(folder, generated.path), generated.content);
        }
        // The README's examples compile with the client (the compile below takes every .ts file).
        readmeExamples += (await writeReadmeExamples(folder)).length;
        // The oracle: openapi-typescript's types for the same spec (GitHub's is left out: its 6 MB would double the compile).
        let oracle: Outcome['oracle'];
        if (file !== github && model.schemas.length > 0) {
          const types = await oracleTypes(file).catch(() => undefined);
          if (types !== undefined) {
            const comparison = oracleComparison(model, loaded.spec.document, raws[0]?.value);
            if (comparison.checks.length > 0) {
              await writeFile(join(folder, 'oracle.ts'), types);
              await writeFile(join(folder, 'oracle-compare.ts'), comparison.text);
              oracle = { folder, checks: comparison.checks };
            }
          }
        }
        // zod.ts at run time, against the answers the mock server gives.
        const zodMock = withZod ? checkZodAgainstMock(model, (await import(join(folder, 'zod.ts'))) as Record<string, unknown>, ZOD_MOCK) : undefined;
        // The zod oracle: each zod.ts schema's z.infer set beside the client's own type.
        const zod = withZod ? zodComparison(model, zodExhaustive ? undefined : ZOD_SAMPLE_SEED) : { text: '', checks: [], schemas: 0 };
        if (zod.checks.length > 0) await writeFile(join(folder, 'zod-compare.ts'), zod.text);
        outcomes.push({
          file: name,
          kind: 'generated',
          operations: model.operations.length,
          naming: namingOf(model),
          capabilities: capabilitiesOf(model),
          queryOptions: queryOptionsOf(model),
          warnings: diagnostics.list,
          ...(oracle ? { oracle } : {}),
          ...(zod.checks.length > 0 ? { zod: { folder, checks: zod.checks, schemas: zod.schemas } } : {}),
          ...(zodMock ? { zodMock } : {}),
        });
      } catch (error) {
        if (!(error instanceof SpecError)) throw new Error(`${name}: ${(error as Error).stack}`);
        outcomes.push({ file: name, kind: 'refused', message: formatSpecError(error) });
      }
    }
    const refusedValid = outcomes.filter((o) => o.kind === 'refused' && !o.file.split('/').includes('invalid'));
    expect(refusedValid.map((o) => o.message)).toEqual([]);
    const acceptedInvalid = outcomes.filter((o) => o.kind === 'generated' && o.file.split('/').includes('invalid'));
    expect(acceptedInvalid.map((o) => o.file)).toEqual([]);
    for (const refused of outcomes.filter((o) => o.kind === 'refused')) {
      // A clear error: `file:line:column …: error: …` and a hint or a second place.
      expect(refused.message).toMatch(/^\S+:\d+:\d+ .*error: /);
    }
  });

  it('compiles every generated client in one tsc --strict run with 0 errors', { timeout: 600_000 }, async () => {
    expect(out).toBeDefined();
    const files = (await readdir(out, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
      .map((entry) => join(entry.parentPath, entry.name));
    const program = ts.createProgram(files, {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      // No DOM.Iterable: a client must compile in projects whose lib leaves it out.
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
      strict: true,
      noUnusedLocals: true,
      noEmit: true,
      skipLibCheck: true,
      types: [],
    });
    // openapi-typescript's own output is the oracle, not ours: its errors (TS2456 on cycles it cannot express) do not count.
    compileErrors = ts.getPreEmitDiagnostics(program).filter((d) => !d.file?.fileName.endsWith('/oracle.ts'));
    oracleVerdicts = evaluateOracle(program, outcomes);
    zodVerdicts = evaluateZod(program, outcomes);
    const described = compileErrors.slice(0, 20).map((d) => {
      const where = d.file ? `${relative(out, d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}` : '';
      return `${where} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
    const generated = outcomes.filter((o) => o.kind === 'generated');
    const refused = outcomes.filter((o) => o.kind === 'refused');
    console.log(
      [
        `corpus: ${generated.length} specs generated (${generated.reduce((n, o) => n + (o.operations ?? 0), 0)} operations), ` +
          `${refused.length} refused as invalid, ${outcomes.filter((o) => o.kind === 'not-a-document').length} files skipped as not OpenAPI documents; ` +
          `${files.length} generated files compiled (${readmeExamples} of them README examples), ${compileErrors.length} TypeScript errors`,
        ...refused.map((o) => `  refused ${o.file}: ${o.message?.split('\n')[0]?.replace(/^\S+ /, '')}`),
      ].join('\n'),
    );
    expect(described).toEqual([]);
  });

  it('names operations without path parameters where the generator chose the name', () => {
    const named = outcomes.filter((o) => o.naming !== undefined);
    expect(named.length).toBeGreaterThan(0);
    const sum = (key: 'fromOperationId' | 'fromRestStructure' | 'fromOperationIdAfterMeeting' | 'specNamedWithParameterName') =>
      named.reduce((n, o) => n + o.naming![key], 0);
    const derivedWithParameter = named.flatMap((o) => o.naming!.derivedWithParameterName.map((line) => `${o.file}: ${line}`));
    console.log(
      `naming: ${sum('fromOperationId')} operations named by readable operationIds, ${sum('fromRestStructure')} from the REST structure, ` +
        `${sum('fromOperationIdAfterMeeting')} by their operationIds after REST-derived names met; path parameter names in ` +
        `${derivedWithParameter.length} generator-chosen names, ${sum('specNamedWithParameterName')} names from operationIds`,
    );
    expect(derivedWithParameter).toEqual([]);
  });

  it('reports the warnings of each spec: where it was read leniently, and how', () => {
    const generated = outcomes.filter((o) => o.kind === 'generated');
    expect(generated.length).toBeGreaterThan(0);
    const warned = generated.filter((o) => o.warnings!.length > 0);
    const all = generated.flatMap((o) => o.warnings!);
    console.log(
      [
        `warnings: ${all.length} in ${warned.length} of ${generated.length} generated specs${all.length > 0 ? ` (${countKinds(all)})` : ''}`,
        ...generated
          .filter((o) => o.file.startsWith('real/') || o.file.includes('github') || o.warnings!.length > 0)
          .map((o) => `  ${o.file}: ${o.warnings!.length}${o.warnings!.length > 0 ? ` (${countKinds(o.warnings!)})` : ''}`),
      ].join('\n'),
    );
    // Every warning names a line, and every kind is one the generator documents.
    for (const warning of all) expect(warning.position.line, warning.message).toBeGreaterThan(0);
    expect(all.filter((warning) => warningKind(warning) === 'other').map((warning) => warning.message)).toEqual([]);
  });

  it('recognises paginated lists and streams in the real specs, and reports them', () => {
    const real = outcomes.filter((o) => o.capabilities !== undefined && (o.file.startsWith('real/') || o.file.includes('github')));
    const lines = real.map((o) => {
      const list = (counts: Readonly<Record<string, number>>) => Object.entries(counts).sort().map(([k, n]) => `${k} ${n}`).join(', ') || 'none';
      return `  ${o.file}: ${o.operations} operations; paginated: ${list(o.capabilities!.paginated)}; streaming: ${list(o.capabilities!.streaming)}`;
    });
    console.log(`pagination and streams in the real specs:\n${lines.join('\n')}`);
    // Every real spec with operations documents at least one list the generator pages through.
    const withoutLists = real.filter((o) => (o.operations ?? 0) > 0 && Object.keys(o.capabilities!.paginated).length === 0).map((o) => o.file);
    expect(withoutLists).toEqual([]);
  });

  it('gives every operation TanStack Query options (query, infinite, mutation) but streamed reads, and reports them', () => {
    const generated = outcomes.filter((o) => o.queryOptions !== undefined);
    expect(generated.length).toBeGreaterThan(0);
    const line = (file: string, operations: number, counts: QueryOptionCounts) =>
      `  ${file}: ${operations} operations; query ${counts.query} (infinite ${counts.infinite}), mutation ${counts.mutation}, streamed reads without options ${counts.stream}`;
    const total = (key: keyof QueryOptionCounts) => generated.reduce((n, o) => n + o.queryOptions![key], 0);
    const lines = generated.filter((o) => o.file.startsWith('real/') || o.file.includes('github')).map((o) => line(o.file, o.operations ?? 0, o.queryOptions!));
    console.log(
      [
        `TanStack Query options: ${generated.length} specs, ${total('query')} operations with query options (${total('infinite')} of them infinite too), ${total('mutation')} with mutation options, ${total('stream')} streamed reads without options`,
        ...lines,
      ].join('\n'),
    );
    for (const o of generated) {
      const counts = o.queryOptions!;
      // Each operation is exactly one kind; the infinite ones are paginated queries.
      expect(counts.query + counts.mutation + counts.stream, o.file).toBe(o.operations);
      expect(counts.infinite, o.file).toBeLessThanOrEqual(counts.query);
    }
  });

  it('agrees with openapi-typescript on every named schema, but for the documented differences', () => {
    expect(oracleVerdicts).toBeDefined();
    const lines: string[] = [];
    const unexplained: string[] = [];
    let total = 0;
    let same = 0;
    for (const { spec, verdicts } of oracleVerdicts!) {
      const agreeing = verdicts.filter((v) => v.verdict === 'same').length;
      const explained = verdicts.filter((v) => v.verdict !== 'same' && explains(v.check, v.verdict)).length;
      total += verdicts.length;
      same += agreeing;
      for (const v of verdicts) if (!explains(v.check, v.verdict)) unexplained.push(`${spec}: ${v.check.name} (${v.check.key}): ${v.verdict}, reasons found: ${v.check.reasons.join(', ') || 'none'}`);
      if (spec.startsWith('real/')) lines.push(`  ${spec}: ${verdicts.length} schemas, ${agreeing} agree, ${explained} differ for a documented reason`);
    }
    const reasons = new Map<string, number>();
    for (const { verdicts } of oracleVerdicts!) for (const v of verdicts) if (v.verdict !== 'same') for (const reason of v.check.reasons) reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    console.log(
      [
        `oracle: ${oracleVerdicts!.length} specs, ${total} named schemas compared with openapi-typescript: ${same} mutually assignable, ${total - same - unexplained.length} differ for a documented reason, ${unexplained.length} unexplained`,
        ...lines,
        `  reasons: ${[...reasons].sort().map(([reason, n]) => `${reason} ${n}`).join(', ')}`,
      ].join('\n'),
    );
    expect(Object.keys(ALLOWED_DIFFERENCES).length).toBeGreaterThan(0);
    expect(unexplained).toEqual([]);
  });

  it("infers every zod.ts schema as the client's own type, but for the documented differences", () => {
    expect(zodVerdicts).toBeDefined();
    const lines: string[] = [];
    const unexplained: string[] = [];
    let total = 0;
    let same = 0;
    let schemas = 0;
    const reasons = new Map<string, number>();
    for (const { spec, schemas: exported, verdicts } of zodVerdicts!) {
      const exact = verdicts.filter((v) => v.verdict === 'same').length;
      schemas += exported;
      total += verdicts.length;
      same += exact;
      for (const v of verdicts) {
        if (v.verdict === 'same') continue;
        if (v.reasons.length === 0) unexplained.push(`${spec}: ${v.check.type}: ${v.verdict}`);
        for (const reason of v.reasons) reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
      }
      if (spec.startsWith('real/') || spec.includes('github')) lines.push(`  ${spec}: ${exported} schemas, ${verdicts.length} checked, ${exact} infer exactly`);
    }
    console.log(
      [
        `zod: ${zodVerdicts!.length} specs, ${schemas} schemas in their zod.ts (named types, operation params and responses), ${total} z.infer checks${zodExhaustive ? '' : ' (a fixed-seed sample)'}: ${same} infer exactly the client's type, ${total - same - unexplained.length} differ for a documented reason, ${unexplained.length} unexplained`,
        ...lines,
        `  reasons: ${[...reasons].sort().map(([reason, n]) => `${reason} ${n}`).join(', ') || 'none'}`,
      ].join('\n'),
    );
    expect(Object.keys(ALLOWED_ZOD_DIFFERENCES).length).toBeGreaterThan(0);
    expect(unexplained).toEqual([]);
  });

  it("parses the mock server's answers with zod.ts, and refuses them mutated where the spec constrains them", () => {
    const checked = outcomes.filter((o) => o.zodMock !== undefined);
    expect(checked.length).toBeGreaterThan(0);
    const sum = (key: Exclude<keyof ZodMockFigures, 'failures'>) => checked.reduce((n, o) => n + o.zodMock![key], 0);
    const failures = checked.flatMap((o) => o.zodMock!.failures.map((failure) => `${o.file}: ${failure}`));
    console.log(
      [
        `zod against the mock: ${checked.length} specs, ${sum('schemas')} response schemas (${zodExhaustive ? 'every operation' : `a fixed-seed sample of ${ZOD_MOCK.operations} operations per spec`}), ` +
          `${sum('answers')} answers: ${sum('accepted')} accepted, ${sum('offSpec')} off-spec answers of the mock's own left out; ` +
          `${sum('mutations')} mutations (seed ${ZOD_MOCK.seed}), ${sum('specRefused')} refused by the spec: ${sum('zodRefused')} of them by zod.ts, ${sum('open')} where the client's type leaves the place open`,
        ...failures.slice(0, 40).map((failure) => `  ${failure}`),
      ].join('\n'),
    );
    expect(sum('accepted')).toBeGreaterThan(0);
    expect(sum('zodRefused')).toBeGreaterThan(0);
    // Places the type leaves open are rare; a zod.ts that took anything everywhere would pass them all as open.
    expect(sum('open')).toBeLessThan(sum('specRefused') / 20);
    expect(failures).toEqual([]);
  });
});

/** Reads each zod alias from the type checker, with the documented reasons that explain a verdict other than `same`. */
function evaluateZod(program: ts.Program, outcomes: readonly Outcome[]): Array<{ spec: string; schemas: number; verdicts: Array<{ check: ZodCheck; verdict: string; reasons: string[] }> }> {
  const checker = program.getTypeChecker();
  const results: Array<{ spec: string; schemas: number; verdicts: Array<{ check: ZodCheck; verdict: string; reasons: string[] }> }> = [];
  for (const outcome of outcomes) {
    if (!outcome.zod) continue;
    const source = program.getSourceFile(join(outcome.zod.folder, 'zod-compare.ts'));
    if (!source) continue;
    const byAlias = new Map(outcome.zod.checks.map((check) => [check.alias, check]));
    const verdicts: Array<{ check: ZodCheck; verdict: string; reasons: string[] }> = [];
    for (const statement of source.statements) {
      if (!ts.isTypeAliasDeclaration(statement)) continue;
      const check = byAlias.get(statement.name.text);
      if (!check) continue;
      const verdict = checker.typeToString(checker.getTypeAtLocation(statement.name)).replace(/"/g, '');
      verdicts.push({ check, verdict, reasons: verdict === 'same' ? [] : zodDifferences(check, verdict) });
    }
    results.push({ spec: outcome.file, schemas: outcome.zod.schemas, verdicts });
  }
  return results;
}

/** Reads each oracle alias (`'same'`, `'ours-wider'`, …) from the type checker. */
function evaluateOracle(program: ts.Program, outcomes: readonly Outcome[]): Array<{ spec: string; verdicts: Array<{ check: OracleCheck; verdict: string }> }> {
  const checker = program.getTypeChecker();
  const results: Array<{ spec: string; verdicts: Array<{ check: OracleCheck; verdict: string }> }> = [];
  for (const outcome of outcomes) {
    if (!outcome.oracle) continue;
    const source = program.getSourceFile(join(outcome.oracle.folder, 'oracle-compare.ts'));
    if (!source) continue;
    const byAlias = new Map(outcome.oracle.checks.map((check) => [check.alias, check]));
    const verdicts: Array<{ check: OracleCheck; verdict: string }> = [];
    for (const statement of source.statements) {
      if (!ts.isTypeAliasDeclaration(statement)) continue;
      const check = byAlias.get(statement.name.text);
      if (!check) continue;
      verdicts.push({ check, verdict: checker.typeToString(checker.getTypeAtLocation(statement.name)).replace(/"/g, '') });
    }
    results.push({ spec: outcome.file, verdicts });
  }
  return results;
}
