// The README's front door, end to end: the demo server that `npm start` runs, its pages in a
// real Chromium, checked the way a visitor and a search engine would see them.
import type { AddressInfo } from 'node:net';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildExamples, createDemoServer, missingBuild } from '../scripts/demo-server.mjs';
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
    // The figures live in <aira-roi>'s shadow root, which Playwright's locators pierce.
    // formatEuro writes the no-break space that Intl puts after €; compare with a plain one.
    const roi = page.locator('aira-roi').first();
    const text = async () =>
      (await roi.locator('section').nth(1).textContent())?.replace(/\u00a0/g, ' ');
    await expect.poll(text).toContain('50 deelnemers × € 495 = € 24.750');
    expect(await text()).toContain('= 1.466%');
    await roi.getByLabel('Aantal deelnemers').fill('10');
    await expect.poll(text).toContain('10 deelnemers × € 495 = € 4.950');
    // Invalid input: a Dutch message next to the field, and no stale figures.
    await roi.getByLabel('Aantal deelnemers').fill('2,5');
    await expect.poll(text).toContain('De resultaten zijn niet bijgewerkt.');
    expect(await roi.locator('#e-participants').textContent()).toBe(
      'Vul een heel getal in van 0 tot en met 100.000.',
    );
    expect(await text()).not.toContain('€ 4.950');
    expect(problems).toEqual([]);
    await close();
  });

  test('ROI: in forced colours the chart and the error use system colours', async () => {
    const context = await browser.newContext({ forcedColors: 'active', colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(`${origin}/roi/`);
    const roi = page.locator('aira-roi').first();
    const canvasText = await page.evaluate(() => {
      const probe = document.createElement('span');
      probe.style.color = 'CanvasText';
      document.body.append(probe);
      return getComputedStyle(probe).color;
    });
    const stroke = await roi.locator('polyline').evaluate((line) => getComputedStyle(line).stroke);
    expect(stroke).toBe(canvasText);
    await roi.getByLabel('Aantal deelnemers').fill('x');
    const error = roi.locator('#e-participants');
    expect(await error.evaluate((node) => getComputedStyle(node).color)).toBe(canvasText);
    await context.close();
  });

  test('ROI: printed, the training case fits one A4 page, without the table toggle', async () => {
    const context = await browser.newContext({ viewport: { width: 794, height: 1123 } });
    const page = await context.newPage();
    await page.goto(`${origin}/roi/`);
    const roi = page.locator('aira-roi').first();
    await roi.locator('polyline').waitFor();
    await page.emulateMedia({ media: 'print' });
    // A4 at 96 dpi is 1123 px tall; Chromium's default print margins take about 76 px.
    expect((await roi.boundingBox())?.height).toBeLessThan(1123 - 76);
    expect(await roi.locator('details').isVisible()).toBe(false);
    await context.close();
  });

  test('ROI: the pre-rendered page reads without JavaScript, and the blog post embeds the calculator', async () => {
    const still = await visit('/roi/vooraf-gerenderd', { javaScript: false });
    const body = (await still.page.locator('body').textContent())?.replace(/\u00a0/g, ' ');
    expect(body).toContain('Investering: 50 deelnemers × € 495 = € 24.750');
    expect(body).toContain('1.466%');
    await still.close();
    const post = await visit('/blog/roi-van-ai-training-berekenen/');
    const roi = post.page.locator('article aira-roi');
    await expect.poll(() => roi.locator('.card').count()).toBe(5);
    expect(post.problems).toEqual([]);
    await post.close();
  });
});
