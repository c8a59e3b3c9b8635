#!/usr/bin/env node
// Prints, for each package with a CDN bundle (`unpkg`), the <script> tag that pins the
// current version with Subresource Integrity. The hash is of the built file, which is the
// file npm and jsDelivr serve once that version is published: run it after `pnpm build` at
// release time and put the tags in the release notes.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
let missing = 0;
for (const name of readdirSync(join(root, 'packages'))) {
  const dir = join(root, 'packages', name);
  if (!existsSync(join(dir, 'package.json'))) continue;
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  if (!pkg.unpkg || pkg.private) continue;
  const file = join(dir, pkg.unpkg);
  if (!existsSync(file)) {
    console.error(`${pkg.name}: ${pkg.unpkg} is missing; run \`pnpm build\` first.`);
    missing++;
    continue;
  }
  const hash = createHash('sha384').update(readFileSync(file)).digest('base64');
  const url = `https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/${pkg.unpkg.replace(/^\.\//, '')}`;
  console.log(
    `<script type="module" src="${url}" integrity="sha384-${hash}" crossorigin="anonymous"></script>`,
  );
}
if (missing) process.exit(1);
