import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { renderCommand } from './render-command';

const exampleFeed = fileURLToPath(
  new URL('../../../../examples/content/faq.json', import.meta.url),
);
const SCRIPT = 'https://cdn.example/aira-faq.js';

async function render(args: string[], options: { stdin?: string; cwd?: string } = {}) {
  let stdout = '';
  let stderr = '';
  const code = await renderCommand(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    cwd: options.cwd ?? process.cwd(),
    stdin: async () => options.stdin ?? '',
    defaultScript: SCRIPT,
  });
  return { code, stdout, stderr };
}

const jsonLd = (html: string) =>
  [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) =>
    JSON.parse(m[1] as string),
  );
/** The attributes of the snippet's <aira-faq> tag. */
const faqAttributes = (html: string) =>
  Object.fromEntries(
    [...(/<aira-faq([^>]*)>/.exec(html)?.[1] ?? '').matchAll(/([a-z-]+)(?:="([^"]*)")?/g)].map(
      (m) => [m[1], m[2] ?? true],
    ),
  );
const ids = (html: string) => [...html.matchAll(/<details id="([^"]+)"/g)].map((m) => m[1]);

describe('npx @aira/faq-widget render', () => {
  test('writes every question as <details> inside <aira-faq>, then the script tag', async () => {
    const { code, stdout, stderr } = await render([exampleFeed]);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toMatch(/^<!-- AIRA FAQ \(30 questions, feed updated 2026-11-22\): /);
    expect(faqAttributes(stdout)).toMatchObject({ lang: 'nl-NL' });
    expect(faqAttributes(stdout)).not.toHaveProperty('src');
    expect(ids(stdout)).toHaveLength(30);
    expect(stdout).toContain('<summary>Hoe snel kunnen we starten?</summary>');
    expect(stdout.trimEnd().endsWith(`<script type="module" src="${SCRIPT}"></script>`)).toBe(true);
    expect(jsonLd(stdout)).toEqual([]);
  });

  test('--jsonld --url: one FAQPage for the page the snippet is pasted into', async () => {
    const url = 'https://partner.example/veelgestelde-vragen';
    const { code, stdout, stderr } = await render([exampleFeed, '--jsonld', '--url', url]);
    expect([code, stderr]).toEqual([0, '']);
    const [data] = jsonLd(stdout);
    expect(data['@type']).toBe('FAQPage');
    expect(data.url).toBe(url);
    expect(data.mainEntity).toHaveLength(30);
    expect(data.mainEntity[0]).toMatchObject({
      '@type': 'Question',
      name: 'Hoe snel kunnen we starten?',
    });
  });

  test('--jsonld without --url says which page the FAQPage names', async () => {
    const { code, stderr } = await render([exampleFeed, '--jsonld']);
    expect(code).toBe(0);
    expect(stderr).toMatch(
      /without --url the FAQPage JSON-LD names https:\/\/www\.aira\.example\/faq\b/,
    );
  });

  test('--ids picks questions in the given order; --src and --heading-level become attributes', async () => {
    const { stdout } = await render([
      exampleFeed,
      '--ids',
      'is-het-intakegesprek-echt-gratis,hoe-snel-kunnen-we-starten',
      '--heading-level=3',
      '--src',
      '/content/faq.json',
      '--no-script',
    ]);
    expect(ids(stdout)).toEqual(['is-het-intakegesprek-echt-gratis', 'hoe-snel-kunnen-we-starten']);
    expect(faqAttributes(stdout)).toMatchObject({
      lang: 'nl-NL',
      src: '/content/faq.json',
      ids: 'is-het-intakegesprek-echt-gratis hoe-snel-kunnen-we-starten',
      'heading-level': '3',
    });
    expect(stdout).not.toContain('<script type="module"');
  });

  test('an id the feed lacks is named, with ids it has', async () => {
    const { code, stderr, stdout } = await render([
      exampleFeed,
      '--ids',
      'hoe-snel-kunnen-we-starten,bestaat-niet',
    ]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(
      /--ids: the feed has no question "bestaat-niet"; its ids include hoe-snel-kunnen-we-starten/,
    );
  });

  test('an invalid feed: every problem with its path, exit 1, nothing written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aira-render-'));
    const feed = JSON.parse(readFileSync(exampleFeed, 'utf8'));
    feed.items[1].answer = ' ';
    feed.items[4].id = 'Geen Slug';
    writeFileSync(join(dir, 'faq.json'), JSON.stringify(feed));
    const { code, stdout, stderr } = await render(['faq.json'], { cwd: dir });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('faq.json: items.1.answer: must not be empty');
    expect(stderr).toContain('faq.json: items.4.id: must be a slug');
  });

  test('reads standard input with -; text from the feed cannot break out of the snippet', async () => {
    const feed = {
      version: 1,
      locale: 'nl-NL',
      items: [
        {
          id: 'gevaarlijk',
          question: '</summary></details><script>alert(1)</script>',
          answer: 'Tekst </script><script>alert(2)</script> en <img src=x onerror=alert(3)>',
        },
      ],
    };
    const { code, stdout } = await render(
      ['-', '--jsonld', '--url', 'https://partner.example/faq'],
      {
        stdin: JSON.stringify(feed),
      },
    );
    expect(code).toBe(0);
    expect(stdout).not.toMatch(/<script>|<img|<\/details><script/);
    expect(stdout.match(/<script/g)).toHaveLength(2);
    expect(jsonLd(stdout)[0].mainEntity[0].name).toBe(feed.items[0]?.question);
  });

  test.each([
    [[], /give one feed file \(or - for standard input\), received 0/],
    [['a.json', 'b.json'], /received 2/],
    [
      ['faq.json', '--heading-level', '7'],
      /--heading-level must be a whole number from 2 to 6, received "7"/,
    ],
    [
      ['faq.json', '--url', '/faq'],
      /--url must be the absolute http\(s\) URL of the page, received "\/faq"/,
    ],
    [['faq.json', '--ids'], /--ids needs question ids/],
    [['faq.json', '--open-all'], /unknown option --open-all/],
  ])('bad arguments %j exit 2 with the reason and the usage', async (args, reason) => {
    const { code, stderr } = await render(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(reason);
    expect(stderr).toContain('npx @aira/faq-widget render <feed.json | -> [options]');
  });

  test('a missing file or broken JSON exits 1 with the reason', async () => {
    expect(await render(['/nergens/faq.json'])).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/cannot read \/nergens\/faq\.json/),
    });
    expect(await render(['-'], { stdin: '{"version":1,' })).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/- is not JSON/),
    });
  });
});
