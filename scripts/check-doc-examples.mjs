#!/usr/bin/env node
// Runs every code block that the guides and READMEs mark as runnable (```ts runnable or
// ```js runnable) against the built packages, so the docs cannot drift from the API.
// `js` blocks run as .mjs files with plain node, as a reader who pastes them would run them;
// `ts` blocks run as .mts files with tsx.
// A block fails when it throws or exits non-zero; blocks state their results with node:assert.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const outDir = join(root, '.tmp', 'doc-examples');

const markdownFiles = [
  join(root, 'README.md'),
  ...readdirSync(join(root, 'docs'))
    .filter((file) => file.endsWith('.md'))
    .map((file) => join(root, 'docs', file)),
  ...readdirSync(join(root, 'packages')).map((pkg) => join(root, 'packages', pkg, 'README.md')),
];

/** @returns {{ file: string, line: number, lang: string, code: string }[]} */
function runnableBlocks(file) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  const blocks = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(ts|js)\s+runnable\b/.exec(lines[i]);
    if (!open) continue;
    const start = i + 1;
    const body = [];
    for (i = start; i < lines.length && !lines[i].startsWith('```'); i++) body.push(lines[i]);
    blocks.push({ file, line: start, lang: open[1], code: `${body.join('\n')}\n` });
  }
  return blocks;
}

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

const blocks = markdownFiles.flatMap(runnableBlocks);
let failed = 0;
for (const block of blocks) {
  const where = `${relative(root, block.file)}:${block.line}`;
  const name = `${where.replace(/[^a-z0-9]+/gi, '-')}.${block.lang === 'ts' ? 'mts' : 'mjs'}`;
  const path = join(outDir, name);
  writeFileSync(path, block.code);
  const runner = block.lang === 'ts' ? join(root, 'node_modules', '.bin', 'tsx') : process.execPath;
  const result = spawnSync(runner, [path], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (result.status === 0) {
    console.log(`✓ ${where}`);
  } else {
    failed++;
    console.error(`✗ ${where}\n${result.stdout}${result.stderr}${result.error ?? ''}`);
  }
}
console.log(`\n${blocks.length - failed} of ${blocks.length} runnable doc blocks ran.`);
if (failed) process.exit(1);
