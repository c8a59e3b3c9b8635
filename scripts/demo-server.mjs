// The demo's HTTP server, apart from the command that starts it, so the end-to-end test
// serves the examples exactly as `npm start` does.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import compression from 'compression';
import sirv from 'sirv';

/** The repository root. */
export const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const bundle = join(root, 'packages', 'faq-widget', 'dist');

/**
 * The partner pages are served the way a careful partner would: a strict CSP with Trusted
 * Types, which the widget must work under.
 */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types aira-faq lit-html',
].join('; ');

/** Why the examples cannot be served yet, or `undefined` when the packages are built. */
export function missingBuild() {
  return existsSync(join(bundle, 'aira-faq.js'))
    ? undefined
    : 'packages/faq-widget/dist/aira-faq.js is missing: run `pnpm build` first.';
}

/** Runs the examples' own builds (static-site, roi, partner-site); returns the exit status. */
export function buildExamples({ quiet = false } = {}) {
  const built = spawnSync('pnpm', ['--filter', './examples/*', '--if-present', 'run', 'build'], {
    cwd: root,
    stdio: quiet ? 'pipe' : 'inherit',
    encoding: 'utf8',
  });
  if (quiet && built.status !== 0) process.stderr.write(`${built.stdout}${built.stderr}`);
  return built.status ?? 1;
}

/** An HTTP server (not yet listening) for the widget bundle, the content and the examples. */
export function createDemoServer() {
  const serveOptions = { dev: true, etag: true, extensions: ['html'] };
  const examples = join(root, 'examples');
  const staticSite = join(examples, 'static-site', 'dist');
  // [path prefix, handler, strip the prefix?]: the static site's pages link to /blog/… and /faq/.
  const mounts = [
    // aira-faq.js and the aira-faq-*.js files it loads on demand, from beside it.
    ['/aira-faq', sirv(bundle, serveOptions), false],
    ['/content/', sirv(join(examples, 'content'), serveOptions), true],
    ['/blog/', sirv(join(staticSite, 'blog'), serveOptions), true],
    ['/static-site/', sirv(staticSite, serveOptions), true],
    // The static site's text exports live at the site root: /llms.txt, /llms-full.txt.
    ['/llms', sirv(staticSite, serveOptions), false],
    // The FAQ, plan, author, training, workshop and contact pages, with their Markdown
    // companions (/faq.md, /stappenplan.md, …).
    ...[
      '/faq',
      '/stappenplan',
      '/roadmap',
      '/competenties',
      '/auteurs/',
      '/trainingen/',
      '/agenda/',
      '/contact',
    ].map((prefix) => [prefix, sirv(staticSite, serveOptions), false]),
    ['/roi/', sirv(join(examples, 'roi', 'dist'), serveOptions), true],
    ['/', sirv(examples, serveOptions), false],
  ];
  // Compressed like any production host or CDN would, so that page weights (and the
  // Lighthouse figures measured against this server) are those a visitor gets.
  const compress = compression();
  return createServer((req, res) => compress(req, res, () => handle(req, res)));

  function handle(req, res) {
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
  }
}

/**
 * Listens on `port`, or on the next free one when it is taken (up to `tries` ports further).
 * Resolves with the port really bound, so the caller prints one address, the right one.
 */
export function listenOnFreePort(server, port, { host = '127.0.0.1', tries = 10 } = {}) {
  return new Promise((resolve, reject) => {
    let candidate = port;
    const onError = (error) => {
      if (error.code !== 'EADDRINUSE' || candidate >= port + tries) {
        server.off('error', onError);
        return reject(error);
      }
      candidate += 1;
      server.listen(candidate, host);
    };
    server.on('error', onError);
    server.once('listening', () => {
      server.off('error', onError);
      resolve(server.address().port);
    });
    server.listen(candidate, host);
  });
}

/**
 * Ctrl-C (SIGINT) and SIGTERM close the server and end the process with status 0: stopping
 * the demo is not a failure, so npm and pnpm print no ELIFECYCLE error for it.
 */
export function stopOnSignals(server) {
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      server.close();
      server.closeAllConnections();
      console.log('\nStopped.');
      process.exit(0);
    });
  }
}
