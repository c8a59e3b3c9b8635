import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { siteContent } from '../test/site-content';
import { faqToMarkdown, postToMarkdown, toMarkdownCompanions } from './markdown-companions';

const baseUrl = 'https://www.aira.example';

function split(text: string) {
  const match = /^---\n([\s\S]*?)\n---\n\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`no frontmatter in:\n${text.slice(0, 200)}`);
  return { data: parse(match[1] as string) as Record<string, unknown>, body: match[2] as string };
}

describe('postToMarkdown', () => {
  const [post] = siteContent().posts;
  if (!post) throw new Error('fixture has no post');

  test('frontmatter carries title, date, updated, URL and language', () => {
    const { data } = split(postToMarkdown(post, { baseUrl }));
    expect(data).toEqual({
      title: 'AI-training voor het mkb',
      description: post.description,
      date: '2026-09-22',
      updated: '2026-09-22',
      url: 'https://www.aira.example/blog/ai-training-mkb',
      language: 'nl-NL',
      author: 'Redactie AIRA',
      category: 'AI Training',
      tags: ['ai-training', 'mkb'],
    });
    const updated = split(postToMarkdown({ ...post, updated: '2026-11-01' }, { baseUrl })).data;
    expect(updated.updated).toBe('2026-11-01');
  });

  test('a title that looks like YAML stays a string', () => {
    const tricky = { ...post, title: 'ROI: 1.466% — "echt"?\n# geen kop' };
    expect(split(postToMarkdown(tricky, { baseUrl })).data.title).toBe(tricky.title);
  });

  test('body under the title as H1, then the post FAQ as Markdown and further reading', () => {
    const { body } = split(postToMarkdown(post, { baseUrl }));
    expect(
      body.startsWith(
        '# AI-training voor het mkb\n\nDoor Redactie AIRA, 22 september 2026\n\nIntro met een',
      ),
    ).toBe(true);
    expect(body).toContain('\n## Wat je leert\n');
    expect(body).toContain(
      '## Veelgestelde vragen\n\n### Hoe lang duurt een training?\n\nEen halve dag tot een hele dag.\n\n### Kan het online?\n\nJa, online of hybride.',
    );
    expect(body).toContain(
      '## Verder lezen\n\n- [wat-kost-een-ai-workshop](https://www.aira.example/blog/wat-kost-een-ai-workshop)',
    );
    expect(body).toContain('[contact](https://www.aira.example/contact)');
  });

  test('English posts get English headings', () => {
    const { body } = split(postToMarkdown({ ...post, locale: 'en' }, { baseUrl }));
    expect(body).toContain('## Frequently asked questions\n');
    expect(body).toContain('## Further reading\n');
  });
});

describe('faqToMarkdown', () => {
  test('frontmatter, then each category as H2 and each question as H3 with its answer', () => {
    const { faq } = siteContent();
    const { data, body } = split(faqToMarkdown(faq, { baseUrl }));
    expect(data).toEqual({
      title: 'Veelgestelde vragen over AI-training',
      updated: '2026-11-22',
      url: 'https://www.aira.example/faq',
      language: 'nl-NL',
    });
    expect(body).toBe(`# Veelgestelde vragen over AI-training

## Starten

### Hoe snel kunnen we starten?

De intake plannen we binnen **1–2 werkdagen**; een workshop volgt binnen 2–3 weken.

## Kosten en duur

### Wat kost een workshop van een halve dag?

Vanaf ongeveer € 750, exclusief btw. Zie [prijzen](https://www.aira.example/prijzen).
`);
  });

  test('questions without a (known) category are kept under "Overige vragen"; no categories, no groups', () => {
    const { faq } = siteContent();
    const [first, second] = faq.items;
    if (!first || !second) throw new Error('fixture');
    const mixed = { ...faq, items: [first, { ...second, category: undefined }] };
    expect(faqToMarkdown(mixed, { baseUrl })).toContain(
      '## Overige vragen\n\n### Wat kost een workshop',
    );
    const flat = faqToMarkdown({ ...faq, categories: undefined }, { baseUrl });
    expect(flat.match(/^## .*/gm)).toEqual([
      '## Hoe snel kunnen we starten?',
      '## Wat kost een workshop van een halve dag?',
    ]);
  });
});

describe('toMarkdownCompanions', () => {
  test('one file per post, one for the FAQ and one per plan or author page, at the page URL plus .md', () => {
    const files = toMarkdownCompanions(siteContent(), {
      baseUrl: 'https://partner.example/aira',
      paths: { post: '/artikelen/{slug}' },
    });
    expect(files.map((file) => file.path)).toEqual([
      'faq.md',
      'artikelen/ai-training-mkb.md',
      'artikelen/wat-kost-een-ai-workshop.md',
      'stappenplan.md',
      'roadmap.md',
      'competenties.md',
      'auteurs/redactie-aira.md',
    ]);
    for (const file of files) {
      expect(file.url).toBe(`${file.alternateOf}.md`);
      expect(split(file.text).data.url).toBe(file.alternateOf);
    }
  });
});
