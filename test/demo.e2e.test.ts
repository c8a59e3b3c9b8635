// The README's front door, end to end: the demo server that `npm start` runs, its pages in a
// real Chromium, checked the way a visitor and a search engine would see them.

import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  buildExamples,
  createDemoServer,
  listenOnFreePort,
  missingBuild,
} from '../scripts/demo-server.mjs';
import { CHROMIUM_ARGS, findChromium } from '../vitest.browser.ts';

const server = createDemoServer();
let origin = '';
let browser: Browser;

beforeAll(async () => {
  const missing = missingBuild();
  if (missing) throw new Error(`${missing} (npm test builds before it runs the tests)`);
  expect(buildExamples({ quiet: true })).toBe(0);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  server.close();
});

/** Opens a page and collects what the console and the CSP report as broken on it. */
async function visit(path: string, options: { javaScript?: boolean } = {}) {
  const context = await browser.newContext({ javaScriptEnabled: options.javaScript ?? true });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  const response = await page.goto(`${origin}${path}`);
  return { page, problems, status: response?.status(), close: () => context.close() };
}

/** The parsed JSON-LD scripts of a page (light DOM, as a crawler reads them). */
const jsonLd = (page: Page) =>
  page.$$eval('script[type="application/ld+json"]', (scripts) =>
    scripts.map((script) => JSON.parse(script.textContent ?? 'null')),
  );

const typesIn = (data: unknown[]): string[] =>
  data.flatMap((entry) => {
    const { '@graph': nodes, '@type': type } = entry as { '@graph'?: unknown[]; '@type'?: string };
    return nodes ? typesIn(nodes) : type ? [type] : [];
  });

describe('the demo (npm start)', () => {
  test('the index links only to pages that exist', async () => {
    const { page, status, close } = await visit('/');
    expect(status).toBe(200);
    const links = await page.$$eval('a[href]', (anchors) =>
      anchors.map((a) => (a as HTMLAnchorElement).href),
    );
    expect(links.length).toBeGreaterThanOrEqual(4);
    for (const link of links.filter((href) => href.startsWith(origin))) {
      expect([link, (await fetch(link)).status]).toEqual([link, 200]);
    }
    await close();
  });

  test('partner site: one tag shows the 30 questions under a strict CSP with Trusted Types', async () => {
    const { page, problems, close } = await visit('/partner-site/');
    const faq = page.locator('aira-faq');
    await expect.poll(() => faq.getByRole('button', { expanded: false }).count()).toBe(30);
    await faq.getByRole('searchbox').fill('avg');
    await expect.poll(() => faq.getByRole('button', { expanded: false }).count()).toBeLessThan(30);
    await expect.poll(() => faq.getByRole('status').textContent()).toMatch(/\d+ vra(ag|gen)/);
    expect(problems).toEqual([]);
    await close();
  });

  test('pre-rendered page: readable without JavaScript, one FAQPage with and without it', async () => {
    const plain = await visit('/partner-site/prerendered.html', { javaScript: false });
    expect(await plain.page.locator('aira-faq details summary').count()).toBe(30);
    expect(typesIn(await jsonLd(plain.page)).filter((t) => t === 'FAQPage')).toHaveLength(1);
    await plain.close();

    const enhanced = await visit('/partner-site/prerendered.html');
    const faq = enhanced.page.locator('aira-faq');
    await expect.poll(() => faq.getByRole('button', { expanded: false }).count()).toBe(30);
    expect(typesIn(await jsonLd(enhanced.page)).filter((t) => t === 'FAQPage')).toHaveLength(1);
    expect(enhanced.problems).toEqual([]);
    await enhanced.close();
  });

  test('static site: a post carries its BlogPosting, FAQPage, Organization and breadcrumbs', async () => {
    const { page, status, problems, close } = await visit('/blog/roi-van-ai-training-berekenen/');
    expect(status).toBe(200);
    expect(await page.locator('h1').textContent()).toBe('Zo bereken je de ROI van AI-training');
    expect(typesIn(await jsonLd(page)).sort()).toEqual([
      'BlogPosting',
      'BreadcrumbList',
      'FAQPage',
      'Organization',
    ]);
    expect(problems).toEqual([]);
    await close();
  });

  test('ROI page: the worked example from DOMAIN.md, and a recalculation on input', async () => {
    const { page, problems, close } = await visit('/roi/');
    // formatEuro writes the no-break space that Intl puts after €; compare with a plain one.
    const text = async () => (await page.locator('body').textContent())?.replace(/\u00a0/g, ' ');
    await expect.poll(text).toContain('50 deelnemers × € 495 = € 24.750');
    expect(await text()).toContain('= 1.466%');
    await page.getByLabel('Aantal deelnemers').fill('10');
    await expect.poll(text).toContain('10 deelnemers × € 495 = € 4.950');
    expect(problems).toEqual([]);
    await close();
  });
});

describe('every demo page, as a visitor finds it', () => {
  /** The pages reachable from the index through same-origin links, with their HTML. */
  async function crawl(): Promise<Map<string, string>> {
    const pages = new Map<string, string>();
    const queue = ['/'];
    while (queue.length > 0 && pages.size < 200) {
      const path = queue.shift() as string;
      if (pages.has(path)) continue;
      const response = await fetch(`${origin}${path}`);
      if (!response.headers.get('content-type')?.includes('text/html')) continue;
      const html = await response.text();
      pages.set(path, html);
      for (const [, href] of html.matchAll(/<a\b[^>]*\bhref="([^"#]+)/g)) {
        const url = new URL(href as string, `${origin}${path}`);
        if (url.origin === origin && !pages.has(url.pathname)) queue.push(url.pathname);
      }
    }
    return pages;
  }

  test('has a favicon, a meta description and a link back to the index', async () => {
    const pages = await crawl();
    expect(pages.size).toBeGreaterThanOrEqual(6);
    const missing: string[] = [];
    for (const [path, html] of pages) {
      const icon = /<link\b[^>]*\brel="icon"[^>]*\bhref="([^"]+)"/.exec(html)?.[1];
      if (!icon) missing.push(`${path}: no <link rel="icon">`);
      else if ((await fetch(new URL(icon, `${origin}${path}`))).status !== 200) {
        missing.push(`${path}: favicon ${icon} does not load`);
      }
      if (!/<meta\b[^>]*\bname="description"[^>]*\bcontent="[^"]{20,}"/.test(html)) {
        missing.push(`${path}: no meta description`);
      }
      if (path !== '/' && !/<a\b[^>]*\bhref="\/"/.test(html)) missing.push(`${path}: no link to /`);
    }
    expect(missing).toEqual([]);
  });
});

describe('starting and stopping the demo', () => {
  test('a taken port moves it to the next free one, and it serves there', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const takenPort = (taken.address() as AddressInfo).port;
    const demo = createDemoServer();
    try {
      const port = await listenOnFreePort(demo, takenPort);
      expect(port).toBeGreaterThan(takenPort);
      expect(port).toBe((demo.address() as AddressInfo).port);
      expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(200);
    } finally {
      demo.close();
      taken.close();
    }
  });

  test('Ctrl-C ends it with status 0', async () => {
    const script = [
      "import { createDemoServer, listenOnFreePort, stopOnSignals } from './scripts/demo-server.mjs';",
      'const server = createDemoServer();',
      "console.log('listening', await listenOnFreePort(server, 0));",
      'stopOnSignals(server);',
    ].join('\n');
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
      cwd: new URL('..', import.meta.url),
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    await expect.poll(() => output, { timeout: 10_000 }).toContain('listening');
    const exit = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGINT');
    expect(await exit).toBe(0);
    expect(output).toContain('Stopped.');
  });
});
