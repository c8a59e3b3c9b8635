#!/usr/bin/env node
// Checks what `pnpm changeset version` would do before anyone runs it: every public package
// that has never been released (version 0.0.0) must come out at exactly 0.1.0, our first
// version. A new package without a `minor` changeset (or with a `major` one) fails here,
// not on npm.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const FIRST_VERSION = '0.1.0';
const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const outDir = join(root, '.tmp');
const out = join(outDir, 'changeset-status.json');
mkdirSync(outDir, { recursive: true });
rmSync(out, { force: true });
execFileSync('pnpm', ['exec', 'changeset', 'status', '--output', relative(root, out)], {
  cwd: root,
  stdio: 'pipe',
});
const plan = new Map(
  JSON.parse(readFileSync(out, 'utf8')).releases.map((release) => [release.name, release]),
);

let failed = 0;
for (const name of readdirSync(join(root, 'packages'))) {
  const pkg = JSON.parse(readFileSync(join(root, 'packages', name, 'package.json'), 'utf8'));
  if (pkg.private || pkg.version !== '0.0.0') continue;
  const next = plan.get(pkg.name)?.newVersion ?? pkg.version;
  if (next === FIRST_VERSION) {
    console.log(`✓ ${pkg.name}: first release will be ${FIRST_VERSION}`);
  } else {
    failed++;
    console.error(
      `✗ ${pkg.name}: first release would be ${next}, not ${FIRST_VERSION}. Add a changeset with "${pkg.name}": minor (see CONTRIBUTING.md).`,
    );
  }
}
if (failed) process.exit(1);
