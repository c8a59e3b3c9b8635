#!/usr/bin/env node
// The consumer smoke test: packs every package as `pnpm publish` would, installs the
// tarballs with npm into a fresh project in a temporary folder (their own dependencies, such
// as zod, lit and yaml, come from the npm cache or the registry), and uses them the ways a
// user does. Everything is derived from each package.json, so a new package or subpath is
// covered without editing this file:
// - ESM `import` of every subpath in Node (for element packages: the `./server` subpath;
//   the element itself is checked in Chromium);
// - CommonJS `require` of every subpath with a `require` condition;
// - TypeScript with `skipLibCheck: false`, under `moduleResolution` node16 (an ESM and a
//   CommonJS file) and bundler;
// - each `bin` through `npx <bin> --help`;
// - each single-file CDN bundle (`unpkg`) in headless Chromium, under the integrity hash of
//   the repository's build: it loads without errors and defines every tag its
//   custom-elements.json declares; `<aira-faq>` renders a feed.
// Usage: node scripts/smoke-consumer.mjs [--keep]   (after `pnpm build`)
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const keep = process.argv.includes('--keep');
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');

const packages = readdirSync(join(root, 'packages'))
  .map((name) => join(root, 'packages', name))
  .filter((dir) => existsSync(join(dir, 'package.json')))
  .map((dir) => ({ dir, pkg: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) }))
  .filter(({ pkg }) => !pkg.private);

let failed = 0;
function check(label, fn) {
  try {
    const note = fn();
    console.log(`✓ ${label}${note ? `: ${note}` : ''}`);
  } catch (error) {
    failed++;
    const output = `${error.stdout ?? ''}${error.stderr ?? ''}`.trim();
    console.error(`✗ ${label}\n${output || error.message}`);
  }
}
const run = (cmd, args, cwd) =>
  execFileSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    stdio: 'pipe',
    env: { ...process.env, NO_UPDATE_NOTIFIER: '1' },
  });

/** Code subpaths of a package (`.`, `./server`, …): no JSON, no wildcards, not package.json. */
function subpaths(pkg) {
  return Object.entries(pkg.exports ?? {}).filter(
    ([subpath]) => !subpath.includes('*') && !subpath.endsWith('.json'),
  );
}
const specifier = (pkg, subpath) =>
  subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`;
/** A browser package: it defines custom elements, ships a CDN bundle or builds on Lit. */
const isElementPackage = (pkg) => Boolean(pkg.customElements || pkg.unpkg || pkg.dependencies?.lit);
/** Whether Node (no DOM) can import a subpath: element packages only export `./server` there. */
const nodeSafe = (pkg, subpath) => !isElementPackage(pkg) || subpath === './server';

const project = mkdtempSync(join(tmpdir(), 'aira-consumer-'));
console.log(`Consumer project: ${project}`);
try {
  // 1. Pack, as publishing does (workspace:^ ranges become real versions).
  const tarballs = join(project, 'tarballs');
  mkdirSync(tarballs);
  for (const { dir } of packages) run('pnpm', ['pack', '--pack-destination', tarballs], dir);
  const files = readdirSync(tarballs).map((file) => join(tarballs, file));

  // 2. A fresh project, as `npm init -y` makes it, and the tarballs installed into it.
  writeFileSync(
    join(project, 'package.json'),
    `${JSON.stringify({ name: 'aira-consumer', version: '1.0.0', private: true }, null, 2)}\n`,
  );
  const started = Date.now();
  run(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      '--loglevel=error',
      ...files,
      '@types/node@20',
    ],
    project,
  );
  console.log(
    `✓ npm install of ${files.length} tarballs (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );

  // 3. ESM import and CommonJS require in Node.
  for (const { pkg } of packages) {
    for (const [subpath, target] of subpaths(pkg)) {
      const name = specifier(pkg, subpath);
      if (nodeSafe(pkg, subpath)) {
        check(`import ${name}`, () => {
          const out = run(
            process.execPath,
            [
              '--input-type=module',
              '-e',
              `const m = await import(${JSON.stringify(name)}); console.log(Object.keys(m).length);`,
            ],
            project,
          );
          if (Number(out.trim()) === 0) throw new Error(`${name} has no exports`);
          return `${out.trim()} exports`;
        });
      }
      if (typeof target === 'object' && target.require) {
        check(`require ${name}`, () => {
          const out = run(
            process.execPath,
            ['-e', `console.log(Object.keys(require(${JSON.stringify(name)})).length)`],
            project,
          );
          if (Number(out.trim()) === 0) throw new Error(`${name} has no exports`);
          return `${out.trim()} exports`;
        });
      }
    }
  }

  // 4. TypeScript, with the library types checked too.
  const esmImports = packages.flatMap(({ pkg }) =>
    subpaths(pkg).map(
      ([subpath], i) =>
        `export * as ${pkg.name.replace(/\W/g, '_')}_${i} from '${specifier(pkg, subpath)}';`,
    ),
  );
  const cjsImports = packages.flatMap(({ pkg }) =>
    subpaths(pkg)
      .filter(([, target]) => typeof target === 'object' && target.require)
      .map(
        ([subpath], i) =>
          `import ${pkg.name.replace(/\W/g, '_')}_${i} = require('${specifier(pkg, subpath)}');\nvoid ${pkg.name.replace(/\W/g, '_')}_${i};`,
      ),
  );
  writeFileSync(join(project, 'esm.mts'), `${esmImports.join('\n')}\n`);
  writeFileSync(join(project, 'cjs.cts'), `${cjsImports.join('\n')}\nexport {};\n`);
  writeFileSync(join(project, 'bundler.ts'), `${esmImports.join('\n')}\n`);
  const compilerOptions = {
    strict: true,
    noEmit: true,
    skipLibCheck: false,
    target: 'es2022',
    lib: ['es2022', 'dom', 'dom.iterable'],
    types: ['node'],
  };
  const configs = {
    node16: { module: 'node16', moduleResolution: 'node16', files: ['esm.mts', 'cjs.cts'] },
    bundler: { module: 'esnext', moduleResolution: 'bundler', files: ['bundler.ts'] },
  };
  for (const [label, { files: tsFiles, ...options }] of Object.entries(configs)) {
    const config = join(project, `tsconfig.${label}.json`);
    writeFileSync(
      config,
      JSON.stringify({ compilerOptions: { ...compilerOptions, ...options }, files: tsFiles }),
    );
    check(`tsc, moduleResolution ${label}, skipLibCheck false`, () => {
      run(process.execPath, [tsc, '-p', config], project);
    });
  }

  // 5. Each CLI, the way the README shows it.
  for (const { pkg } of packages) {
    for (const bin of Object.keys(
      typeof pkg.bin === 'string' ? { [pkg.name.split('/').pop()]: pkg.bin } : (pkg.bin ?? {}),
    )) {
      check(`npx ${bin} --help`, () => {
        const out = run('npx', ['--no-install', bin, '--help'], project);
        if (!/usage/i.test(out)) throw new Error(`no usage text:\n${out}`);
      });
    }
  }

  // 6. The CDN bundles in Chromium.
  const bundles = packages.filter(({ pkg }) => pkg.unpkg);
  if (bundles.length > 0) await checkBundles(bundles);
} finally {
  if (keep) console.log(`Kept ${project}`);
  else rmSync(project, { recursive: true, force: true });
}

function sha384(file) {
  return createHash('sha384').update(readFileSync(file)).digest('base64');
}

async function checkBundles(bundles) {
  const { chromium } = await import('playwright-core');
  const feed = {
    version: 1,
    locale: 'nl-NL',
    items: [{ id: 'intake', question: 'Is de intake gratis?', answer: 'Ja, de intake is gratis.' }],
  };
  const installed = (pkg, file) => join(project, 'node_modules', ...pkg.name.split('/'), file);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/faq.json') {
      res.setHeader('content-type', 'application/json');
      return res.end(JSON.stringify(feed));
    }
    const bundle = bundles.find(({ pkg }) => url.pathname === `/${pkg.name}.js`);
    if (bundle) {
      res.setHeader('content-type', 'text/javascript');
      return res.end(readFileSync(installed(bundle.pkg, bundle.pkg.unpkg)));
    }
    res.setHeader('content-type', 'text/html; charset=utf-8');
    // The integrity hash is of the repository's build (what scripts/sri.mjs prints for the
    // release notes); the browser refuses the tarball's file unless the two are identical.
    const scripts = bundles.map(
      ({ dir, pkg }) =>
        `<script type="module" src="/${pkg.name}.js" integrity="sha384-${sha384(join(dir, pkg.unpkg))}"></script>`,
    );
    res.end(
      `<!doctype html><html lang="nl"><body>${scripts.join('')}<aira-faq src="/faq.json"></aira-faq></body></html>`,
    );
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const executablePath = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ].find((path) => path && existsSync(path));
  if (!executablePath) throw new Error('No Chromium found: set CHROME_PATH (see CONTRIBUTING.md).');
  const browser = await chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    for (const { pkg } of bundles) {
      const manifestFile = installed(pkg, pkg.customElements ?? 'custom-elements.json');
      const manifest = existsSync(manifestFile)
        ? JSON.parse(readFileSync(manifestFile, 'utf8'))
        : { modules: [] };
      const tags = manifest.modules.flatMap((mod) =>
        (mod.declarations ?? []).map((d) => d.tagName).filter(Boolean),
      );
      check(
        `${pkg.name} bundle loads in Chromium${tags.length ? ` and defines ${tags.join(', ')}` : ''}`,
        () => {
          if (errors.length > 0) throw new Error(errors.join('\n'));
        },
      );
      for (const tag of tags) {
        await page
          .waitForFunction((name) => customElements.get(name) !== undefined, tag, {
            timeout: 10_000,
          })
          .catch(() => {
            failed++;
            console.error(`✗ ${pkg.name}: <${tag}> is not defined after loading ${pkg.unpkg}`);
          });
      }
    }
    if (bundles.some(({ pkg }) => pkg.name === '@aira/faq-widget')) {
      const question = await page
        .locator('aira-faq')
        .getByRole('button', { name: 'Is de intake gratis?' })
        .textContent({ timeout: 10_000 })
        .catch((error) => error);
      check('<aira-faq src> renders the feed from the bundle', () => {
        if (question instanceof Error) throw question;
      });
    }
  } finally {
    await browser.close();
    server.close();
  }
}

if (failed) {
  console.error(`\n${failed} consumer check(s) failed.`);
  process.exit(1);
}
console.log('\nThe packed packages install and work in a fresh consumer project.');
