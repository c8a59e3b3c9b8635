#!/usr/bin/env node
// Size budget of the single-file bundle, checked in CI after the packaging checks:
// gzip dist/aira-roi.js and fail above the budget. With --report, also list what the bundle
// is made of (esbuild metafile, bytes per package), and fail if the content-schema pieces
// that the element does not need (zod, sensitivity, use-case ranking) found their way in.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { minifyTemplatesPlugin, siblingSources } from './bundle-options.mjs';

const BUDGET = 19.5 * 1024;
const AIM = 16 * 1024;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const file = join(root, 'dist', 'aira-roi.js');

let source;
try {
  source = readFileSync(file);
} catch {
  console.error(`✗ ${file} is missing: run \`pnpm --filter @aira/roi-widget build\` first.`);
  process.exit(1);
}
const gzip = gzipSync(source, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const line = `dist/aira-roi.js: ${kb(source.length)} minified, ${kb(gzip)} gzip (budget ${kb(BUDGET)}, aim ${kb(AIM)})`;

// Which packages the bundle pulls in, and how much of it each is.
const { build } = await import('esbuild');
const result = await build({
  entryPoints: [join(root, 'src', 'define.ts')],
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  write: false,
  metafile: true,
  outfile: 'out.js',
  logLevel: 'silent',
  absWorkingDir: root,
  alias: siblingSources,
  plugins: [minifyTemplatesPlugin],
});
const inputs = Object.entries(Object.values(result.metafile.outputs)[0].inputs);
const owner = (path) => {
  const match = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (match) return match[1];
  // esbuild reports paths relative to the working directory, this package.
  const sibling = /^\.\.\/([^/]+)\//.exec(path);
  return sibling ? `@aira/${sibling[1]}` : '@aira/roi-widget';
};
const byPackage = new Map();
for (const [path, { bytesInOutput }] of inputs) {
  byPackage.set(owner(path), (byPackage.get(owner(path)) ?? 0) + bytesInOutput);
}
const total = [...byPackage.values()].reduce((a, b) => a + b, 0);
// Bytes in the output, not mere imports: esbuild lists zod's files even when it drops them.
const forbidden = inputs
  .filter(([, { bytesInOutput }]) => bytesInOutput > 0)
  .map(([path]) => path)
  .filter((path) => /zod|sensitivity|prioritize/i.test(path));

if (process.argv.includes('--report')) {
  // Minified bytes per package; gzip cannot be split per module, so only the share is shown.
  console.log('Bundle contents (minified bytes, share of the bundle):');
  for (const [name, bytes] of [...byPackage].sort((a, b) => b[1] - a[1])) {
    if (!bytes) continue;
    const share = `${((bytes / total) * 100).toFixed(0)}%`.padStart(4);
    console.log(`  ${name.padEnd(24)} ${String(bytes).padStart(7)} B ${share}`);
  }
  if (process.argv.includes('--files')) {
    for (const [path, { bytesInOutput }] of inputs.sort(
      (a, b) => b[1].bytesInOutput - a[1].bytesInOutput,
    )) {
      if (bytesInOutput) console.log(`    ${String(bytesInOutput).padStart(7)}  ${path}`);
    }
  }
}

let failed = false;
if (forbidden.length) {
  console.error(
    `✗ the bundle pulls in code the widget does not need:\n  ${forbidden.join('\n  ')}`,
  );
  failed = true;
}
if (gzip > BUDGET) {
  console.error(`✗ ${line}: over budget by ${kb(gzip - BUDGET)}.`);
  failed = true;
}
if (failed) process.exit(1);
console.log(`✓ ${line}`);
