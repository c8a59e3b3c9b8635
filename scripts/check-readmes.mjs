#!/usr/bin/env node
// Checks the package READMEs as npm shows them, and the CDN snippets in every guide:
// - the repository URL lives in one place, the root package.json `repository`; each
//   package.json names it too (with its `directory`: npm provenance checks it);
// - a package README has no relative links (they break on npmjs.com), and every absolute
//   link into this repository points at a file that exists, and at a heading that exists;
// - each package README shows `npm install <name>` and ends with a Links section;
// - every CDN URL of an @aira package uses one host (jsDelivr) with a version (a range such
//   as `@0`, or an exact version), and a <script> with an exact version carries `integrity`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const CDN = 'https://cdn.jsdelivr.net/npm/';
const rootPkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const repo = rootPkg.repository?.url?.replace(/^git\+/, '').replace(/\.git$/, '');

const problems = [];
const problem = (file, line, message) =>
  problems.push(`${relative(root, file)}${line ? `:${line}` : ''}: ${message}`);
if (!repo) problem(join(root, 'package.json'), 0, 'needs "repository": { "url": … }');

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
function anchors(markdown) {
  const seen = new Map();
  const result = new Set();
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('```')) fenced = !fenced;
    const heading = !fenced && /^#{1,6}\s+(.+?)\s*#*$/.exec(line);
    if (!heading) continue;
    const base = heading[1]
      .replace(/<[^>]+>/g, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    result.add(count ? `${base}-${count}` : base);
  }
  return result;
}

/** Markdown links and HTML src/href, with their line numbers (code blocks included: snippets). */
function links(text) {
  const found = [];
  text.split('\n').forEach((line, i) => {
    // A Markdown link inside a code span is text (`[links](url)`), not a link.
    for (const match of line.replace(/`[^`]*`/g, '').matchAll(/\]\(([^)\s]+)\)/g)) {
      found.push({ url: match[1], line: i + 1, text: line });
    }
    for (const match of line.matchAll(/(?:href|src)="([^"]+)"|(https:\/\/[^\s"'`)<>\]]+)/g)) {
      found.push({ url: match[1] ?? match[2], line: i + 1, text: line });
    }
  });
  return found;
}

function checkRepoLink(file, line, url) {
  const match = new RegExp(`^${repo}/(?:blob|tree)/main/([^#?]*)(?:#(.*))?$`).exec(url);
  if (!match) return;
  const [, path, anchor] = match;
  const target = join(root, decodeURIComponent(path));
  if (!existsSync(target))
    return problem(file, line, `links to ${path}, which is not in the repository`);
  if (anchor && target.endsWith('.md') && !anchors(readFileSync(target, 'utf8')).has(anchor)) {
    problem(file, line, `links to #${anchor} in ${path}, which has no such heading`);
  }
}

function checkCdn(file, line, url, text) {
  if (!/^https:\/\/[^/]+\/(?:npm\/)?@aira\//.test(url)) return;
  if (!url.startsWith(CDN))
    return problem(file, line, `use ${CDN} for every CDN snippet, found ${url}`);
  const version = /^@aira\/[^/@]+@([^/]+)\//.exec(url.slice(CDN.length))?.[1];
  if (!version)
    return problem(file, line, `pin a version range in ${url} (e.g. @aira/faq-widget@0)`);
  if (/^\d+\.\d+\.\d+$/.test(version) && text.includes('<script') && !text.includes('integrity=')) {
    problem(file, line, `an exact version (${version}) needs integrity="sha384-…" on its <script>`);
  }
}

const guides = [
  join(root, 'README.md'),
  ...readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => join(root, 'docs', name)),
];
for (const file of guides) {
  for (const { url, line, text } of links(readFileSync(file, 'utf8')))
    checkCdn(file, line, url, text);
}

for (const name of readdirSync(join(root, 'packages'))) {
  const dir = join(root, 'packages', name);
  if (!existsSync(join(dir, 'package.json'))) continue;
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const pkgFile = join(dir, 'package.json');
  if (pkg.private) continue;
  const wantRepo = { type: 'git', url: rootPkg.repository?.url, directory: `packages/${name}` };
  if (JSON.stringify(pkg.repository) !== JSON.stringify(wantRepo)) {
    problem(pkgFile, 0, `"repository" must be ${JSON.stringify(wantRepo)}`);
  }
  if (!pkg.homepage?.startsWith(rootPkg.homepage ?? '\0')) {
    problem(pkgFile, 0, `"homepage" must start with the root package.json's ${rootPkg.homepage}`);
  }
  const readme = join(dir, 'README.md');
  if (!existsSync(readme)) {
    problem(readme, 0, 'missing');
    continue;
  }
  const text = readFileSync(readme, 'utf8');
  if (!text.includes(`npm install ${pkg.name}`))
    problem(readme, 0, `show \`npm install ${pkg.name}\``);
  text.split('\n').forEach((line, i) => {
    for (const [cited] of line.matchAll(/\b[A-Z][\w-]*\.md\b/g)) {
      if (![root, dir, join(root, 'docs')].some((folder) => existsSync(join(folder, cited)))) {
        problem(readme, i + 1, `names ${cited}, which is not in the repository`);
      }
    }
  });
  if (!/^## Links$/m.test(text))
    problem(readme, 0, 'end with a "## Links" section (docs, changelog, issues)');
  for (const { url, line, text: lineText } of links(text)) {
    if (/^(https?:|mailto:|#)/.test(url)) {
      checkRepoLink(readme, line, url);
      checkCdn(readme, line, url, lineText);
    } else if (!url.startsWith('/') || !lineText.includes('```')) {
      // Root-relative URLs inside examples (`/faq.json`, `/contact`) are the reader's own site.
      if (!url.startsWith('/'))
        problem(readme, line, `relative link ${url} breaks on npm; link to ${repo}/blob/main/…`);
    }
  }
}

if (problems.length > 0) {
  console.error(problems.map((p) => `✗ ${p}`).join('\n'));
  process.exit(1);
}
console.log('Package READMEs and CDN snippets: links resolve, one CDN host, versions pinned.');
