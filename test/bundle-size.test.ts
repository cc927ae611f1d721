/** Holds the bundle budget (BUNDLE_BUDGET_BYTES): what calling one Smithery operation weighs, gzipped. */
import { expect, it } from 'vitest';
import { BUNDLE_BUDGET_BYTES, measureBundleSize } from '../scripts/bundle-size.js';

it('keeps one generated call under the bundle budget, with validation and unused features tree-shaken away', async () => {
  const { gzipped } = await measureBundleSize();
  console.log(`bundle: one getConnection call is ${gzipped} bytes gzipped (budget ${BUNDLE_BUDGET_BYTES})`);
  expect(gzipped).toBeLessThanOrEqual(BUNDLE_BUDGET_BYTES);
});

it('a call through the grouped client bundles resources.ts; a flat call leaves it out', async () => {
  const flat = await measureBundleSize();
  expect(flat.inputs.some((path) => /resources\.ts$|group-operations\.ts$/.test(path))).toBe(false);
  const grouped = await measureBundleSize(`
import { createClient, createResources } from './generated/smithery/index.js';
export const result = createResources(createClient({ token: 'x' })).connect.get({ namespace: 'acme', connectionId: 'c1' });
`);
  expect(grouped.inputs.filter((path) => /resources\.ts$|group-operations\.ts$/.test(path))).toHaveLength(2);
  expect(grouped.gzipped).toBeGreaterThan(flat.gzipped);
});

it('pagination is bundled only with paginated operations: a plain call leaves paginate.ts out', async () => {
  const flat = await measureBundleSize();
  expect(flat.inputs.some((path) => /paginate\.ts$/.test(path))).toBe(false);
  const paged = await measureBundleSize(`
import { createClient, listServers, paginate } from './test/fixtures/generated/pagination/index.js';
export const items = paginate(listServers, createClient({ token: 'x' }), {});
`);
  expect(paged.inputs.some((path) => /paginate\.ts$/.test(path))).toBe(true);
});

it('stream reading is bundled only with streamed operations: a plain call leaves read-stream.ts out', async () => {
  const flat = await measureBundleSize();
  expect(flat.inputs.some((path) => /read-stream\.ts$/.test(path))).toBe(false);
  const streamed = await measureBundleSize(`
import { createClient, streamTicks } from './test/fixtures/generated/streams/index.js';
export const result = streamTicks(createClient({}));
`);
  expect(streamed.inputs.some((path) => /read-stream\.ts$/.test(path))).toBe(true);
});

it("one TanStack Query option bundles its operation and query.ts's runtime only: no other operation, no infinite-query.ts", async () => {
  const flat = await measureBundleSize();
  const query = await measureBundleSize(`
import { createClient } from './generated/smithery/index.js';
import { getConnectionOptions } from './generated/smithery/query.js';
export const options = getConnectionOptions(createClient({ token: 'x' }), { namespace: 'acme', connectionId: 'c1' });
`);
  console.log(`bundle: getConnectionOptions is ${query.gzipped} bytes gzipped, ${query.gzipped - flat.gzipped} more than the call alone`);
  expect(query.inputs.some((path) => /runtime\/query\.ts$/.test(path))).toBe(true);
  expect(query.inputs.some((path) => /infinite-query\.ts$|paginate\.ts$|resources\.ts$/.test(path))).toBe(false);
  // The operations namespace is tree-shaken: the other 51 operations would weigh kilobytes.
  expect(query.gzipped - flat.gzipped).toBeLessThan(1_000);
});
