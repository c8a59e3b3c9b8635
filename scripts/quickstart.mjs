#!/usr/bin/env node
// The README's two commands (`npm start`, `npm test`) land here so that a machine with only
// Node and npm gets everything else: pnpm (through npx, pinned by packageManager), the
// workspace install and the build. Then it hands over to the real root script.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const task = process.argv[2];
if (task !== 'demo' && task !== 'test') {
  console.error('Usage: node scripts/quickstart.mjs <demo|test>');
  process.exit(2);
}

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`Node ${process.versions.node} is too old: the tooling needs Node 20.19 or newer.`);
  process.exit(1);
}

const { packageManager } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const pinned = packageManager.replace(/^pnpm@/, '');

function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', shell: false, ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function pnpmCommand() {
  const probe = spawnSync('pnpm', ['--version'], { encoding: 'utf8' });
  if (probe.status === 0 && probe.stdout.trim().split('.')[0] === pinned.split('.')[0]) {
    return ['pnpm', []];
  }
  // corepack refuses to run where npm's signing keys are out of date, so fetch pnpm with npx.
  console.log(`pnpm ${pinned} not found on PATH; using it through npx.`);
  return ['npx', ['--yes', `pnpm@${pinned}`]];
}

function needsInstall() {
  const marker = join(root, 'node_modules', '.modules.yaml');
  if (!existsSync(marker)) return true;
  return statSync(join(root, 'pnpm-lock.yaml')).mtimeMs > statSync(marker).mtimeMs;
}

const [pnpm, prefix] = pnpmCommand();
const pnpmRun = (...args) => run(pnpm, [...prefix, ...args]);

if (needsInstall()) {
  const frozen = process.env.CI ? ['--frozen-lockfile'] : [];
  if (pnpmRun('install', ...frozen) !== 0) process.exit(1);
}
if (pnpmRun('run', 'build') !== 0) process.exit(1);

if (task === 'demo') {
  // Ctrl-C reaches the whole process group: the server stops itself with status 0, and this
  // process waits for it instead of dying first and leaving npm to report the signal. The
  // server runs without `pnpm run` in between, which would print ELIFECYCLE for the signal.
  process.on('SIGINT', () => {});
  process.exit(run(process.execPath, [join(root, 'scripts', 'demo.mjs')]));
}

const reportPath = join(root, 'test-results', 'vitest.json');
rmSync(reportPath, { force: true });
const status = pnpmRun('exec', 'vitest', 'run', ...process.argv.slice(3));
if (existsSync(reportPath)) {
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  const skipped = report.numPendingTests + report.numTodoTests;
  console.log(
    `\n${report.numPassedTests} passed, ${report.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`,
  );
}
process.exit(status);
