#!/usr/bin/env node
// Usage (from a widget package): node ../../scripts/check-element-side-effects.mjs <tag> <ElementClass>
// The npm build splits shared code into dist/chunk-*.js, so the customElements.define call
// lives in a chunk. A bundler that trusts package.json's `sideEffects` drops any module not
// listed there: check, with esbuild bundling like a consumer's app, that importing the package
// and its CDN file still defines the element and importing `<name>/element` does not.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [tag, elementClass] = process.argv.slice(2);
if (!tag || !elementClass) {
  console.error('Usage: check-element-side-effects.mjs <tag> <ElementClass>');
  process.exit(2);
}
const root = process.cwd();
const { name } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
// esbuild is the widget package's devDependency, not the root's: resolve it from there.
const esbuild = createRequire(join(root, 'package.json')).resolve('esbuild');
const { build } = await import(pathToFileURL(esbuild).href);
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
  [`import '${name}';`, true],
  [`import '${name}/${tag}.js';`, true],
  [`import { ${elementClass} } from '${name}/element'; console.log(${elementClass});`, false],
];
let failed = false;
for (const [source, expected] of cases) {
  const actual = await defines(source);
  const ok = actual === expected;
  failed ||= !ok;
  console[ok ? 'log' : 'error'](
    `${ok ? '✓' : '✗'} ${source} ${expected ? 'defines' : 'does not define'} <${tag}>${ok ? '' : ` (it ${actual ? 'does' : 'does not'})`}`,
  );
}
if (failed) process.exit(1);
