import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { siteContent } from '../test/site-content';
import { checkLlmsTxt } from './check-llms-txt';
import { exportSite, toLlmsFullTxt, toLlmsTxt } from './llms-txt';

const baseUrl = 'https://www.aira.example';
const links = (text: string) => [...text.matchAll(/\]\(([^)]*)\)/g)].map((m) => m[1] as string);

describe('toLlmsTxt', () => {
  test('has the shape of the proposal: H1, blockquote, Dutch H2 sections, links with one line', () => {
    const text = toLlmsTxt(siteContent(), { baseUrl });
    const lines = text.split('\n');
    expect(lines[0]).toBe('# AIRA');
    expect(lines[2]).toBe('> AIRA traint mkb-teams.');
    expect(lines.filter((line) => line.startsWith('## '))).toEqual([
      '## Veelgestelde vragen',
      '## Artikelen',
      '## Trainingen',
      '## Agenda',
      '## Stappenplan',
      '## Roadmap',
      '## Competenties',
      '## Budgetverdeling',
      '## Auteurs',
      '## Optional',
    ]);
    expect(text).toContain(
      '- [Veelgestelde vragen over AI-training](https://www.aira.example/faq.md): 2 vragen met antwoord over Starten, Kosten en duur (bijgewerkt 22 november 2026)',
    );
    // Newest post first; a bracket in a title cannot end the link label.
    expect(text).toMatch(
      /## Artikelen\n\n- \[Wat kost een \\\[AI\\\]-workshop\?\]\(https:\/\/www\.aira\.example\/blog\/wat-kost-een-ai-workshop\.md\): .+\n- \[AI-training voor het mkb\]/,
    );
    expect(text).toContain(
      '- [AI Implementation Training](https://www.aira.example/trainingen/ai-implementation-training): Hele dag (6–8 uur), € 495 per persoon, excl. btw; in-company, online',
    );
    expect(text).toContain('28 maart 2026, Amsterdam en online; 4 van 15 plaatsen vrij');
    expect(text).toContain(
      '- [Zeven competenties voor AI-leiderschap](https://www.aira.example/competenties.md): 7 competenties op 3 niveaus: Gebruikers 80%, Verbinders 15%, Specialisten 5%',
    );
    // The budget split is a part of the roadmap page, so it links there and has no companion.
    expect(text).toContain(
      '- [Budgetverdeling voor AI: mensen, proces en technologie](https://www.aira.example/roadmap#budget): Mensen 50%, Proces 30%, Technologie 20%',
    );
    expect(checkLlmsTxt(text)).toEqual([]);
  });

  test('every link is absolute, from the base URL', () => {
    for (const url of links(
      toLlmsTxt(siteContent(), { baseUrl: 'https://partner.example/aira/' }),
    )) {
      expect(url).toMatch(/^(https:\/\/partner\.example\/aira\/|mailto:|https:\/\/aira\.example$)/);
    }
  });

  test('English content gets English section names and words', () => {
    const content = siteContent();
    const text = toLlmsTxt(
      { ...content, organization: { ...content.organization, locale: 'en' } },
      { baseUrl },
    );
    expect(text).toContain('## Frequently asked questions\n');
    expect(text).toContain('## Articles\n');
    expect(text).toContain('Full day (6–8 hours), €495 per person, excl. VAT');
    expect(text).toContain('](https://www.aira.example/faq.md)');
  });

  test('the same content in any order gives the same text', () => {
    const content = siteContent();
    const expected = toLlmsTxt(content, { baseUrl });
    const full = toLlmsFullTxt(content, { baseUrl });
    fc.assert(
      fc.property(fc.shuffledSubarray([...content.posts], { minLength: 2 }), (posts) => {
        const shuffled = { ...content, posts, trainings: [...content.trainings].reverse() };
        expect(toLlmsTxt(shuffled, { baseUrl })).toBe(expected);
        expect(toLlmsFullTxt(shuffled, { baseUrl })).toBe(full);
      }),
      { numRuns: 20 },
    );
  });

  test('sections without content are left out', () => {
    const { organization } = siteContent();
    expect(toLlmsTxt({ organization }, { baseUrl }).match(/^## .*/gm)).toEqual(['## Optional']);
  });

  test('a base URL that is not absolute http(s) is refused with the value received', () => {
    for (const bad of ['/site', 'www.aira.nl', 'ftp://aira.nl', '']) {
      expect(() => toLlmsTxt(siteContent(), { baseUrl: bad })).toThrow(
        `[@aira/content-schema] baseUrl must be an absolute http(s) URL such as "https://www.aira.nl", received ${JSON.stringify(bad)}`,
      );
    }
  });
});

describe('toLlmsFullTxt', () => {
  const text = toLlmsFullTxt(siteContent(), { baseUrl });

  test('carries the content itself: answers, post bodies with their FAQ, offers', () => {
    expect(text.startsWith('# AIRA\n\n> AIRA traint mkb-teams.\n')).toBe(true);
    expect(text).toContain(
      '##### Hoe snel kunnen we starten?\n\nDe intake plannen we binnen **1–2 werkdagen**',
    );
    expect(text).toContain(
      '### AI-training voor het mkb\n\nBron: https://www.aira.example/blog/ai-training-mkb.md',
    );
    expect(text).toContain('#### Wat je leert\n');
    expect(text).toContain('##### Details\n');
    expect(text).toContain(
      '#### Veelgestelde vragen\n\n##### Hoe lang duurt een training?\n\nEen halve dag tot een hele dag.',
    );
    expect(text).toContain('Een dag hands-on met AI-tools voor je eigen processen.');
  });

  test('relative links in bodies and answers become absolute; code stays as written', () => {
    expect(text).toContain(
      '[interne link](https://www.aira.example/blog/wat-kost-een-ai-workshop)',
    );
    expect(text).toContain('[contact](https://www.aira.example/contact)');
    expect(text).toContain('[prijzen](https://www.aira.example/prijzen)');
    expect(text).toContain('## Geen kop: dit is code, [link](/blijft-relatief)');
    expect(checkLlmsTxt(text)).toEqual([]);
  });
});

describe('exportSite', () => {
  test('the FAQ page is the `faq` path (one default, /faq, in every language), else the feed’s url', () => {
    const pages = (content: ReturnType<typeof siteContent>) =>
      exportSite(content, { baseUrl })
        .filter((file) => file.alternateOf)
        .map((file) => file.alternateOf);
    const content = siteContent();
    const english = { ...content, faq: { ...content.faq, locale: 'en' } };
    expect(pages(content)).toContain('https://www.aira.example/faq');
    expect(pages(english)).toContain('https://www.aira.example/faq');
    const own = { ...content, faq: { ...content.faq, url: 'https://www.aira.example/vragen' } };
    expect(pages(own)).toContain('https://www.aira.example/vragen');
    expect(toLlmsTxt(own, { baseUrl })).toContain('](https://www.aira.example/vragen.md)');
    // A feed whose page is on another site: llms.txt links that page, and there is no companion.
    const elsewhere = { ...content, faq: { ...content.faq, url: 'https://aira.example/faq' } };
    expect(pages(elsewhere)).not.toContain('https://aira.example/faq');
    expect(toLlmsTxt(elsewhere, { baseUrl })).toContain('](https://aira.example/faq):');
  });

  test('lists llms.txt, llms-full.txt and the companions with their paths and URLs', () => {
    const files = exportSite(siteContent(), { baseUrl });
    expect(files.map((file) => [file.path, file.url, file.alternateOf])).toEqual([
      ['llms.txt', 'https://www.aira.example/llms.txt', undefined],
      ['llms-full.txt', 'https://www.aira.example/llms-full.txt', undefined],
      ['faq.md', 'https://www.aira.example/faq.md', 'https://www.aira.example/faq'],
      [
        'blog/ai-training-mkb.md',
        'https://www.aira.example/blog/ai-training-mkb.md',
        'https://www.aira.example/blog/ai-training-mkb',
      ],
      [
        'blog/wat-kost-een-ai-workshop.md',
        'https://www.aira.example/blog/wat-kost-een-ai-workshop.md',
        'https://www.aira.example/blog/wat-kost-een-ai-workshop',
      ],
      ...['stappenplan', 'roadmap', 'competenties', 'auteurs/redactie-aira'].map((page) => [
        `${page}.md`,
        `https://www.aira.example/${page}.md`,
        `https://www.aira.example/${page}`,
      ]),
    ]);
  });

  test('every link in llms.txt points at a file of the export or at a page', () => {
    const files = exportSite(siteContent(), { baseUrl });
    const served = new Set(files.map((file) => file.url));
    const mdLinks = links(files[0]?.text ?? '').filter(
      (url) => url.endsWith('.md') || url.endsWith('.txt'),
    );
    // FAQ, 2 posts, step plan, roadmap, competences, author, llms-full.txt.
    expect(mdLinks.length).toBe(8);
    for (const url of mdLinks) expect(served.has(url), url).toBe(true);
  });

  test('scales: 10,000 posts export in order, every one linked once', () => {
    const content = siteContent();
    const [post] = content.posts;
    const posts = Array.from({ length: 10_000 }, (_, i) => ({
      ...(post as (typeof content.posts)[number]),
      slug: `post-${String(i).padStart(5, '0')}`,
      date: '2026-09-22',
    }));
    const text = toLlmsTxt({ ...content, posts: posts.reverse() }, { baseUrl });
    const slugs = [...text.matchAll(/\/blog\/(post-\d+)\.md/g)].map((m) => m[1]);
    expect(slugs).toHaveLength(10_000);
    expect(slugs).toEqual([...slugs].sort());
  });
});
