/** Holds the bundle budget (BUNDLE_BUDGET_BYTES): what calling one Smithery operation weighs, gzipped. */
import { expect, it } from 'vitest';
import { BUNDLE_BUDGET_BYTES, measureBundleSize } from '../scripts/bundle-size.js';

it('keeps one generated call under the bundle budget, with validation and unused features tree-shaken away', async () => {
  const { gzipped } = await measureBundleSize();
  console.log(`bundle: one getConnection call is ${gzipped} bytes gzipped (budget ${BUNDLE_BUDGET_BYTES})`);
  expect(gzipped).toBeLessThanOrEqual(BUNDLE_BUDGET_BYTES);
});
