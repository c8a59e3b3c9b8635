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
const mounts = [
  ['/aira-faq.js', sirv(bundle, serveOptions)],
  ['/content/', sirv(join(root, 'examples', 'content'), serveOptions), '/content'],
  ['/', sirv(join(root, 'examples'), serveOptions)],
];

const server = createServer((req, res) => {
  const url = req.url ?? '/';
  for (const [prefix, handler, strip] of mounts) {
    if (url === prefix || url.startsWith(prefix)) {
      if (strip) req.url = url.slice(strip.length) || '/';
      return handler(req, res, () => {
        res.statusCode = 404;
        res.setHeader('content-type', 'text/plain; charset=utf-8');
        res.end(`Not found: ${url}`);
      });
    }
  }
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
