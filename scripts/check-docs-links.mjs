#!/usr/bin/env node
// Checks the built docs site (`pnpm run docs` → docs/api/) with linkinator: every internal
// link, image, script and stylesheet must resolve, and every #anchor must exist on its page.
// Links to other hosts are not fetched (CI has no open internet); they are listed by count.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LinkChecker, LinkState } from 'linkinator';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const site = join(root, 'docs', 'api');
if (!existsSync(join(site, 'index.html'))) {
  console.error('docs/api/index.html is missing: run `pnpm run docs` first.');
  process.exit(1);
}

const external = new Set();
const checker = new LinkChecker();
const result = await checker.check({
  path: site,
  recurse: true,
  checkFragments: true,
  concurrency: 20,
  linksToSkip: async (url) => {
    const { hostname } = new URL(url);
    if (hostname === 'localhost' || hostname === '127.0.0.1') return false;
    external.add(url);
    return true;
  },
});

const broken = result.links.filter((link) => link.state === LinkState.BROKEN);
for (const link of broken) {
  const why = (link.failureDetails ?? [])
    .map((detail) => (detail instanceof Error ? detail.message : `HTTP ${detail.status ?? '?'}`))
    .join('; ');
  console.error(`✗ ${link.url}\n    on ${link.parent ?? '(start)'}${why ? `\n    ${why}` : ''}`);
}
const checked = result.links.length - external.size;
console.log(
  `${checked - broken.length} of ${checked} internal links and anchors resolve; ${external.size} links to other sites not fetched.`,
);
if (broken.length > 0) process.exit(1);
