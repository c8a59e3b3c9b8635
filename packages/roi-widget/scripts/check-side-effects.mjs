#!/usr/bin/env node
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
// The npm build splits shared code into dist/chunk-*.js, so the customElements.define call
// lives in a chunk. A bundler that trusts package.json's `sideEffects` drops any module not
// listed there: check, with esbuild bundling like a consumer's app, that
// `import '@aira/roi-widget'` still defines the element and `@aira/roi-widget/element` does not.
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const defines = async (source) => {
  const result = await build({
    stdin: { contents: source, resolveDir: root, loader: 'js' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    logLevel: 'silent',
  });
  return result.outputFiles[0].text.includes('customElements.define(');
};

const cases = [
  ["import '@aira/roi-widget';", true],
  ["import '@aira/roi-widget/aira-roi.js';", true],
  ["import { AiraRoi } from '@aira/roi-widget/element'; console.log(AiraRoi);", false],
];
let failed = false;
for (const [source, expected] of cases) {
  const actual = await defines(source);
  const ok = actual === expected;
  failed ||= !ok;
  console[ok ? 'log' : 'error'](
    `${ok ? '✓' : '✗'} ${source} ${expected ? 'defines' : 'does not define'} <aira-roi>${ok ? '' : ` (it ${actual ? 'does' : 'does not'})`}`,
  );
}
if (failed) process.exit(1);
