// `pnpm bench`: runs every packages/*/bench/*.bench.ts against the built packages, prints one
// table and writes bench/results.json so that figures can be compared across commits.
import { readdirSync, writeFileSync } from 'node:fs';
import { arch, cpus, platform } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchFile, BenchReport } from './report.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const only = process.argv.slice(2);

const files = readdirSync(join(root, 'packages')).flatMap((pkg) => {
  const dir = join(root, 'packages', pkg, 'bench');
  try {
    return readdirSync(dir)
      .filter((file) => file.endsWith('.bench.ts'))
      .map((file) => join(dir, file));
  } catch {
    return [];
  }
});

const results: Array<BenchReport & { file: string }> = [];
for (const file of files) {
  const rel = relative(root, file);
  if (only.length && !only.some((part) => rel.includes(part))) continue;
  console.log(`… ${rel}`);
  const mod = (await import(pathToFileURL(file).href)) as BenchFile;
  for (const report of await mod.default()) results.push({ ...report, file: rel });
}

const format = (value: number) =>
  value >= 100 ? value.toFixed(0) : value >= 1 ? value.toFixed(2) : value.toPrecision(3);
console.table(
  results.map((r) => ({
    benchmark: r.name,
    value: `${format(r.value)} ${r.unit}`,
    baseline: r.baseline
      ? `${r.baseline.name}: ${format(r.baseline.value)} ${r.baseline.unit ?? r.unit}`
      : '',
    ratio: r.ratio === undefined ? '' : `${format(r.ratio)}×`,
  })),
);

const out = join(root, 'bench', 'results.json');
const machine = { node: process.version, platform: platform(), arch: arch(), cpus: cpus().length };
writeFileSync(
  out,
  `${JSON.stringify({ date: new Date().toISOString(), machine, results }, null, 2)}\n`,
);
console.log(`Wrote ${relative(root, out)} (${results.length} figures).`);
