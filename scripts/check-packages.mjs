#!/usr/bin/env node
// Packs each package the way `pnpm publish` would and lints the tarball, not the folder:
// publint --strict for the package.json contract, attw for the types every resolver sees.
// Usage: node scripts/check-packages.mjs [package-dir ...]   (default: every packages/*)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const bin = (name) => join(root, 'node_modules', '.bin', name);

const dirs = process.argv.slice(2).length
  ? process.argv.slice(2).map((dir) => resolve(dir))
  : readdirSync(join(root, 'packages')).map((name) => join(root, 'packages', name));

let failed = 0;
for (const dir of dirs) {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  if (!existsSync(join(dir, 'dist'))) {
    console.error(`✗ ${pkg.name}: no dist/ — run \`pnpm build\` first.`);
    failed++;
    continue;
  }
  const out = mkdtempSync(join(tmpdir(), 'aira-pack-'));
  try {
    // pnpm pack rewrites workspace:^ ranges to real versions, as publishing does.
    execFileSync('pnpm', ['pack', '--pack-destination', out], { cwd: dir, stdio: 'pipe' });
    const tarball = join(
      out,
      readdirSync(out).find((file) => file.endsWith('.tgz')),
    );
    // Packages that ship CommonJS are held to every resolver; ESM-only ones to the ESM ones.
    const profile = pkg.exports?.['.']?.require ? 'strict' : 'esm-only';
    const steps = [
      ['publint', [bin('publint'), 'run', '--strict', tarball]],
      ['attw', [bin('attw'), tarball, '--profile', profile, '--format', 'table-flipped']],
    ];
    for (const [label, [cmd, ...args]] of steps) {
      try {
        const text = execFileSync(cmd, args, { cwd: dir, encoding: 'utf8', stdio: 'pipe' });
        console.log(`✓ ${pkg.name}: ${label}${label === 'attw' ? ` (${profile})` : ''}`);
        if (process.env.VERBOSE) console.log(text);
      } catch (error) {
        failed++;
        console.error(`✗ ${pkg.name}: ${label} failed\n${error.stdout ?? ''}${error.stderr ?? ''}`);
      }
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
if (failed) {
  console.error(`\n${failed} package check(s) failed.`);
  process.exit(1);
}
console.log(`\nAll ${dirs.length} package(s) pass publint --strict and attw.`);
