/** The runtime matrix's program in a browser page: calls the page's own origin and logs one JSON line per case to the console. */
import { runConformance } from './run-conformance.ts';

const query = new URLSearchParams(location.search);
const [runtime, otherUrl] = [query.get('runtime') ?? 'browser', query.get('other') ?? ''];
await runConformance({ baseUrl: location.origin, otherUrl, runtime, browser: true }, (line) => console.log(line));
