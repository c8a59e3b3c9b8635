// The README's front door, end to end: the demo server that `npm start` runs, its pages in a
// real Chromium, checked the way a visitor and a search engine would see them.
import { spawn } from 'node:child_process';
import { type Dirent, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  checkLlmsTxt,
  parseAuthor,
  parseBlogPost,
  parseBudgetSplit,
  parseCompetenceFramework,
  parseFaqFeed,
  parseRoadmap,
  parseStepPlan,
  renderAnswer,
  resolveFaqRefs,
} from '@aira/content-schema';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  buildExamples,
  createDemoServer,
  listenOnFreePort,
  missingBuild,
} from '../scripts/demo-server.mjs';
import { CHROMIUM_ARGS, findChromium } from '../vitest.browser.ts';
import {
  faqPageQuestions,
  fragmentText,
  jsonLdNodes,
  type NoJsPage,
  readNoJsPage,
  squash,
} from './no-js-page';

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

// Crawlers that feed search and generative engines mostly do not run JavaScript: what they
// get is the HTML as served. Plain HTTP here, no browser.
describe('without JavaScript: what a crawler reads (plain HTTP)', () => {
  const content = new URL('../examples/content/', import.meta.url);
  const feed = parseFaqFeed(JSON.parse(readFileSync(new URL('faq.json', content), 'utf8')));
  // A post's FAQ is its written-out questions plus the feed items it names (faqRefs).
  const posts = readdirSync(new URL('posts/', content))
    .filter((file) => file.endsWith('.md'))
    .map((file) =>
      resolveFaqRefs(
        parseBlogPost(readFileSync(new URL(`posts/${file}`, content), 'utf8'), { file }),
        feed,
      ),
    );
  const readAll = <T>(folder: string, parse: (data: unknown) => T): T[] =>
    readdirSync(new URL(`${folder}/`, content))
      .filter((file) => file.endsWith('.json'))
      .map((file) =>
        parse(JSON.parse(readFileSync(new URL(`${folder}/${file}`, content), 'utf8'))),
      );
  const [plan] = readAll('step-plans', parseStepPlan);
  const [roadmap] = readAll('roadmaps', parseRoadmap);
  const [competences] = readAll('competence-frameworks', parseCompetenceFramework);
  const [budget] = readAll('budget-splits', parseBudgetSplit);
  const authors = readAll('authors', parseAuthor);
  if (!plan || !roadmap || !competences || !budget) throw new Error('example content incomplete');
  // The plan-like pages: where the static site serves them, what a reader must find there, and
  // the JSON-LD node that describes them.
  const modelPages = [
    {
      path: '/stappenplan/',
      type: 'HowTo',
      name: plan.name,
      texts: plan.steps.flatMap((step) => [step.name, step.outcome]),
    },
    {
      path: '/roadmap/',
      type: 'ItemList',
      name: roadmap.name,
      texts: [
        ...roadmap.phases.flatMap((phase) => [
          phase.name,
          ...phase.activities,
          ...phase.deliverables,
        ]),
        budget.name,
        ...budget.shares.flatMap((share) => [share.name, `${share.share}%`]),
      ],
    },
    {
      path: '/competenties/',
      type: 'DefinedTermSet',
      name: competences.name,
      texts: [
        ...competences.competences.flatMap((c) => [c.name, c.description, ...c.behaviours]),
        ...competences.levels.flatMap((level) => [level.name, `${level.share}%`]),
      ],
    },
    ...authors.map((author) => ({
      path: `/auteurs/${author.id}/`,
      type: 'Person',
      name: author.name,
      texts: [
        author.role,
        author.bio,
        ...posts.filter((p) => p.author === author.id).map((p) => p.title),
      ],
    })),
  ];

  async function get(path: string) {
    const response = await fetch(`${origin}${path}`);
    expect([path, response.status]).toEqual([path, 200]);
    return { type: response.headers.get('content-type') ?? '', body: await response.text() };
  }

  /** Every question with its answer is in the HTML, and in one FAQPage JSON-LD. */
  function expectQuestions(
    path: string,
    page: NoJsPage,
    items: ReadonlyArray<{ question: string; answer: string }>,
  ) {
    const expected = items.map((item) => ({
      question: item.question,
      answer: squash(fragmentText(renderAnswer(item.answer).html)),
    }));
    const shown = page.questions.map((q) => ({ question: q.question, answer: squash(q.answer) }));
    expect(shown, path).toEqual(expected);
    const faqPages = jsonLdNodes(page.jsonLd).filter((node) => node['@type'] === 'FAQPage');
    expect(faqPages, path).toHaveLength(1);
    expect(
      faqPageQuestions(page.jsonLd).map((q) => ({
        question: q.question,
        answer: squash(q.answer),
      })),
      path,
    ).toEqual(expected);
  }

  test.each(['/partner-site/prerendered.html', '/partner-site/pasted.html'])(
    '%s: all 30 questions, their answers and the FAQPage are in the HTML',
    async (path) => {
      const page = readNoJsPage((await get(path)).body);
      expectQuestions(path, page, feed.items);
    },
  );

  test('static site: every page a reader can reach from the index, with its questions and JSON-LD', async () => {
    const index = readNoJsPage((await get('/static-site/')).body);
    for (const post of posts) expect(index.text).toContain(post.title);
    for (const post of posts) {
      const path = `/blog/${post.slug}/`;
      const page = readNoJsPage((await get(path)).body);
      expect(page.text).toContain(post.title);
      expectQuestions(path, page, post.faq);
      expect(jsonLdNodes(page.jsonLd).map((node) => node['@type'])).toContain('BlogPosting');
    }
    expectQuestions('/faq/', readNoJsPage((await get('/faq/')).body), feed.items);
  });

  test('static site: each page links its Markdown companion, which carries the same questions', async () => {
    const pages = [
      ...posts.map((post) => [`/blog/${post.slug}/`, post.faq] as const),
      ['/faq/', feed.items] as const,
    ];
    for (const [path, items] of pages) {
      const { markdownAlternates } = readNoJsPage((await get(path)).body);
      expect(markdownAlternates, path).toHaveLength(1);
      const markdown = await get(markdownAlternates[0] as string);
      expect(markdown.type).toMatch(/^text\/markdown/);
      expect(markdown.body).toMatch(
        /^---\ntitle: .+\n[\s\S]*\nurl: https:\/\/www\.aira\.example\/[\s\S]*\nlanguage: nl-NL\n/,
      );
      for (const item of items) expect(markdown.body).toContain(`### ${item.question}\n`);
    }
  });

  test('static site: llms.txt and llms-full.txt are in the format, and every Markdown link resolves', async () => {
    const llms = await get('/llms.txt');
    const full = await get('/llms-full.txt');
    expect(checkLlmsTxt(llms.body)).toEqual([]);
    expect(checkLlmsTxt(full.body)).toEqual([]);
    const markdownLinks = [
      ...llms.body.matchAll(/\]\((https:\/\/www\.aira\.example)(\/[^)]+\.md)\)/g),
    ];
    // The FAQ, each post, and each plan-like page except the budget split (part of /roadmap).
    expect(markdownLinks).toHaveLength(1 + posts.length + modelPages.length);
    for (const [, , path] of markdownLinks) await get(path as string);
    for (const item of feed.items) expect(full.body).toContain(item.question);
  });

  test('static site: the plan, roadmap, competence and author pages carry their content and JSON-LD', async () => {
    for (const { path, type, name, texts } of modelPages) {
      const page = readNoJsPage((await get(path)).body);
      const text = squash(page.text);
      for (const expected of [name, ...texts]) expect(text, path).toContain(squash(expected));
      const nodes = jsonLdNodes(page.jsonLd).filter((node) => node['@type'] === type);
      expect(
        nodes.map((node) => node.name),
        path,
      ).toEqual([name]);
      expect(page.markdownAlternates, path).toEqual([`${path.replace(/\/$/, '')}.md`]);
      const markdown = await get(page.markdownAlternates[0] as string);
      expect(markdown.type).toMatch(/^text\/markdown/);
      expect(markdown.body, path).toContain(`\n# ${name}\n`);
    }
  });

  test('static site: llms.txt links the plan-like pages and llms-full.txt carries their content', async () => {
    const llms = (await get('/llms.txt')).body;
    const full = (await get('/llms-full.txt')).body;
    for (const { path, name, texts } of modelPages) {
      const url = `https://www.aira.example${path.replace(/\/$/, '')}.md`;
      expect(llms).toContain(`](${url}): `);
      expect(full).toContain(`### ${name}\n`);
      for (const expected of texts) expect(full, path).toContain(expected);
    }
    // The budget split lives on the roadmap page, so llms.txt links that part of it.
    expect(llms).toContain(`- [${budget.name}](https://www.aira.example/roadmap#budget): `);
    // Posts show their author's name, linked to the author page, not the author id.
    for (const post of posts) {
      const author = authors.find((a) => a.id === post.author);
      expect(full).toContain(
        `Door [${author?.name}](https://www.aira.example/auteurs/${post.author}), `,
      );
    }
  });
});

// What the static site publishes for crawlers and generative engines must lead to pages it
// has: a link in llms.txt or a Markdown companion that lands on a 404 is worse than none.
describe('the static site and its text exports agree', () => {
  const SITE = 'https://www.aira.example';
  const dist = new URL('../examples/static-site/dist/', import.meta.url);
  const authors = readdirSync(new URL('../examples/content/authors/', import.meta.url))
    .filter((file) => file.endsWith('.json'))
    .map((file) =>
      parseAuthor(
        JSON.parse(
          readFileSync(new URL(`../examples/content/authors/${file}`, import.meta.url), 'utf8'),
        ),
      ),
    );

  /** Every file the build wrote, as paths below dist (`blog/x/index.html`). */
  const written = () =>
    (readdirSync(dist, { recursive: true, withFileTypes: true }) as Dirent[])
      .filter((entry) => entry.isFile())
      .map((entry) =>
        relative(fileURLToPath(dist), join(entry.parentPath, entry.name)).split(sep).join('/'),
      );

  /** The file a path of the site is served from, the way a static host finds it. */
  function servedFile(files: ReadonlySet<string>, pathname: string): string | undefined {
    const path = decodeURIComponent(pathname).replace(/^\/+/, '');
    const candidates =
      path === '' || path.endsWith('/')
        ? [`${path}index.html`]
        : [path, `${path}/index.html`, `${path}.html`];
    return candidates.find((candidate) => files.has(candidate));
  }

  test('every link to the site in llms.txt, llms-full.txt and the companions lands on a page the build wrote', async () => {
    const files = written();
    const present = new Set(files);
    const texts = files.filter((file) => /^llms(-full)?\.txt$/.test(file) || file.endsWith('.md'));
    // The FAQ's companion sits next to the FAQ page the site serves (/faq/), not elsewhere.
    expect(texts).toEqual(expect.arrayContaining(['llms.txt', 'llms-full.txt', 'faq.md']));
    const broken: string[] = [];
    let checked = 0;
    for (const file of texts) {
      const text = readFileSync(new URL(file, dist), 'utf8');
      for (const [found] of text.matchAll(/https:\/\/www\.aira\.example(?:[/#?][^\s)\]>"'`]*)?/g)) {
        const url = new URL(found.replace(/[.,;:]+$/, ''));
        checked++;
        const target = servedFile(present, url.pathname);
        if (!target) {
          broken.push(`${file}: ${url.href} (no page or file in dist)`);
          continue;
        }
        const id = url.hash.slice(1);
        if (id && !readFileSync(new URL(target, dist), 'utf8').includes(`id="${id}"`)) {
          broken.push(`${file}: ${url.href} (${target} has no id="${id}")`);
        }
        // The demo serves what the site publishes under the same paths.
        if (url.pathname !== '/' && (await fetch(`${origin}${url.pathname}`)).status !== 200) {
          broken.push(`${file}: ${url.href} (the demo server does not serve ${url.pathname})`);
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
    expect([...new Set(broken)]).toEqual([]);
  });

  test('every author page is linked from a page that is not a post', () => {
    const pages = written().filter((file) => file.endsWith('.html') && !file.startsWith('blog/'));
    for (const author of authors) {
      const own = `auteurs/${author.id}/index.html`;
      expect(pages, author.id).toContain(own);
      const hrefs = ['', '/'].flatMap((end) =>
        ['', SITE].map((site) => `href="${site}/auteurs/${author.id}${end}"`),
      );
      const linking = pages.filter((page) => {
        if (page === own) return false;
        const html = readFileSync(new URL(page, dist), 'utf8');
        return hrefs.some((href) => html.includes(href));
      });
      expect(linking, `pages other than posts that link /auteurs/${author.id}/`).not.toEqual([]);
    }
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
