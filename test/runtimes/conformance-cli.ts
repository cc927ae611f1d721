/** The runtime matrix's program as a command, for Bun and Deno: `conformance-cli.ts <baseUrl> <otherUrl> <runtime>`, one JSON line per case on stdout. */
import { runConformance } from './run-conformance.ts';

const scope = globalThis as { Deno?: { args: string[] } };
const [baseUrl = '', otherUrl = '', runtime = ''] = scope.Deno ? scope.Deno.args : process.argv.slice(2);
await runConformance({ baseUrl, otherUrl, runtime, browser: false }, (line) => console.log(line));
