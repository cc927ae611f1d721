/**
 * What `dates: true` costs: the same call (`listEvents` of the dates fixture, one page of about 10 MB of events with
 * dates nested, in arrays, maps and unions) through a client generated with `dates` and one generated without it,
 * against one `node:http` server on 127.0.0.1. Both clients are bundled by esbuild, as an application runs them;
 * calls alternate in rounds and the figure is the median time per call. `npm run bench` prints it; `tsx
 * scripts/bench-dates.ts` runs it alone.
 */
import { execFile } from 'node:child_process';
import { build } from 'esbuild';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type * as Dates from '../test/fixtures/generated/dates/index.js';

const exec = promisify(execFile);
const root = resolve(fileURLToPath(new URL('..', import.meta.url)));

export interface DatesBenchResult {
  readonly bodyBytes: number;
  readonly dates: number;
  readonly withMs: number;
  readonly withoutMs: number;
  readonly ratio: number;
}

/** One event with eight or nine dates in every kind of place the fixture has them. */
function event(index: number): unknown {
  const at = new Date(Date.UTC(2024, 0, 1) + index * 60_000).toISOString();
  return {
    id: `event-${index}`,
    at,
    day: at.slice(0, 10),
    seenAt: index % 2 === 0 ? null : at,
    reminders: [at, at],
    window: { start: at, end: at },
    labels: { created: at },
    schedule: index % 2 === 0 ? { kind: 'once', at } : { kind: 'recurring', every: 7 },
    stamp: index % 3 === 0 ? 1_700_000_000 : at,
    name: `Event number ${index} with a name long enough to be a realistic string field`,
  };
}

async function bundle(entry: string, folder: string, name: string): Promise<typeof Dates> {
  const result = await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', target: 'node20', write: false, logLevel: 'silent' });
  const file = join(folder, `${name}.mjs`);
  await writeFile(file, result.outputFiles[0]!.contents);
  return (await import(pathToFileURL(file).href)) as typeof Dates;
}

export async function benchDates(rounds = 9, targetBytes = 10 * 1024 * 1024): Promise<DatesBenchResult> {
  const work = await mkdtemp(join(tmpdir(), 'bench-dates-'));
  try {
    // The same spec and settings, without `dates`.
    const spec = join(work, 'spec');
    await cp(join(root, 'test/fixtures/specs/dates'), spec, { recursive: true });
    const config = await readFile(join(spec, 'client.yaml'), 'utf8');
    await writeFile(join(spec, 'client.yaml'), config.replace(/^dates: true\n/m, ''));
    await exec(join(root, 'node_modules/.bin/tsx'), [join(root, 'generator/cli.ts'), '--spec', spec, '--name', 'plain', '--out', join(work, 'out'), '--no-cache', '--quiet'], { cwd: root });
    const withDates = await bundle(join(root, 'test/fixtures/generated/dates/index.ts'), work, 'with');
    const withoutDates = await bundle(join(work, 'out/plain/index.ts'), work, 'without');

    const items: unknown[] = [];
    let bytes = 0;
    while (bytes < targetBytes) {
      const item = event(items.length);
      bytes += JSON.stringify(item).length + 1;
      items.push(item);
    }
    const body = JSON.stringify({ items, next: null });
    const server = createServer((request, response) => {
      request.resume();
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
      response.end(body);
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const time = async (client: typeof Dates) => {
      const started = process.hrtime.bigint();
      const result = await client.listEvents(client.createClient({ baseUrl, maxRetries: 0 }));
      if (!result.ok) throw new Error(result.error.message);
      return Number(process.hrtime.bigint() - started) / 1e6;
    };
    try {
      await time(withDates);
      await time(withoutDates);
      const withTimes: number[] = [];
      const withoutTimes: number[] = [];
      for (let round = 0; round < rounds; round++) {
        if (round % 2 === 0) {
          withTimes.push(await time(withDates));
          withoutTimes.push(await time(withoutDates));
        } else {
          withoutTimes.push(await time(withoutDates));
          withTimes.push(await time(withDates));
        }
      }
      const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
      const withMs = median(withTimes);
      const withoutMs = median(withoutTimes);
      // Eight dates in each event (seenAt on odd ones, schedule's on even ones), and the stamp unless it is a number.
      const dates = items.reduce<number>((sum, _item, index) => sum + 8 + (index % 3 === 0 ? 0 : 1), 0);
      return { bodyBytes: Buffer.byteLength(body), dates, withMs, withoutMs, ratio: withMs / withoutMs };
    } finally {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** The figure as a markdown table. */
export function datesTable(result: DatesBenchResult): string[] {
  const mb = (result.bodyBytes / 2 ** 20).toFixed(1);
  return [
    `| one call reading ${mb} MB of JSON (dates fixture \`listEvents\`) | ms per call | vs without dates |`,
    '|---|---:|---:|',
    `| client without \`dates\` | ${result.withoutMs.toFixed(1)} | 1.00x |`,
    `| client with \`dates: true\` (about ${result.dates.toLocaleString('en')} dates converted) | ${result.withMs.toFixed(1)} | ${result.ratio.toFixed(2)}x |`,
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(datesTable(await benchDates()).join('\n'));
