// `npm run demo` in a fresh clone, before install or build: a sentence saying what to run.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const scripts = fileURLToPath(new URL('.', import.meta.url));

/** A clone's scripts/ folder with nothing installed or built. */
function freshClone(): string {
  const root = mkdtempSync(join(tmpdir(), 'aira-fresh-'));
  mkdirSync(join(root, 'scripts'));
  for (const file of ['demo.mjs', 'demo-preflight.mjs', 'demo-server.mjs']) {
    copyFileSync(join(scripts, file), join(root, 'scripts', file));
  }
  writeFileSync(join(root, 'package.json'), '{ "type": "module" }\n');
  return root;
}

const demo = (root: string) =>
  spawnSync(process.execPath, ['scripts/demo.mjs'], { cwd: root, encoding: 'utf8' });

describe('npm run demo before install and build', () => {
  test('says to run npm start or install and build, instead of ERR_MODULE_NOT_FOUND', () => {
    const result = demo(freshClone());
    expect(result.status).toBe(1);
    expect(result.stderr).not.toContain('ERR_MODULE_NOT_FOUND');
    expect(result.stderr).toContain('Run `npm start`');
    expect(result.stderr).toContain('`pnpm install && pnpm build`');
  });

  test('after install but before build, says to run pnpm build', () => {
    const root = freshClone();
    mkdirSync(join(root, 'node_modules', 'sirv'), { recursive: true });
    const result = demo(root);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('packages/faq-widget/dist/aira-faq.js is missing');
    expect(result.stderr).toContain('Run `pnpm build`');
  });
});
