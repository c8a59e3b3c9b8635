#!/usr/bin/env node
// Serves the examples on localhost, the way a partner site would load them: the widget's
// single-file bundle at /aira-faq.js, the example content at /content/, pages from examples/.
// Expects `pnpm build` to have run (the README's `npm start` does that first).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const bundle = join(root, 'packages', 'faq-widget', 'dist');
if (!existsSync(join(bundle, 'aira-faq.js'))) {
  console.error('packages/faq-widget/dist/aira-faq.js is missing: run `pnpm build` first.');
  process.exit(1);
}

// Examples that generate pages (static-site, roi) do so before we serve them.
const built = spawnSync('pnpm', ['--filter', './examples/*', '--if-present', 'run', 'build'], {
  cwd: root,
  stdio: 'inherit',
});
if (built.status !== 0) process.exit(built.status ?? 1);

const serveOptions = { dev: true, etag: true, extensions: ['html'] };
const examples = join(root, 'examples');
const staticSite = join(examples, 'static-site', 'dist');
// [path prefix, folder, strip the prefix?]: the static site's pages link to /blog/… and /faq/.
const mounts = [
  ['/aira-faq.js', sirv(bundle, serveOptions), false],
  ['/content/', sirv(join(examples, 'content'), serveOptions), true],
  ['/blog/', sirv(join(staticSite, 'blog'), serveOptions), true],
  ['/faq/', sirv(join(staticSite, 'faq'), serveOptions), true],
  ['/static-site/', sirv(staticSite, serveOptions), true],
  ['/roi/', sirv(join(examples, 'roi', 'dist'), serveOptions), true],
  ['/', sirv(examples, serveOptions), false],
];

// The partner pages are served the way a careful partner would: a strict CSP with Trusted
// Types, which the widget must work under.
const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types aira-faq lit-html',
].join('; ');

const server = createServer((req, res) => {
  const url = req.url ?? '/';
  if (url.startsWith('/partner-site/')) res.setHeader('Content-Security-Policy', STRICT_CSP);
  const mount = mounts.find(([prefix]) => url === prefix || url.startsWith(prefix));
  if (!mount) return;
  const [prefix, handler, strip] = mount;
  if (strip) req.url = `/${url.slice(prefix.length)}`;
  handler(req, res, () => {
    res.statusCode = 404;
    res.setHeader('content-type', 'text/plain; charset=utf-8');
    res.end(`Not found: ${url}`);
  });
});

const wanted = Number(process.env.PORT ?? 4173);
function listen(port, triesLeft) {
  server.once('error', (error) => {
    if (error.code === 'EADDRINUSE' && triesLeft > 0) return listen(port + 1, triesLeft - 1);
    console.error(error.message);
    process.exit(1);
  });
  server.listen(port, '127.0.0.1', () => {
    console.log(`\nAIRA examples: http://localhost:${port}/  (Ctrl-C to stop)\n`);
  });
}
listen(wanted, 10);
