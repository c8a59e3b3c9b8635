// The text exports read the whole content model: posts with their author and FAQ references
// resolved, and the step plan, roadmap, competences, budget split and authors as sections.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { parseBlogPost } from '../parse-blog-post';
import { parseAuthor } from '../schemas/author';
import { parseFaqFeed } from '../schemas/faq-feed';
import { examplePostSource } from '../test/model-fixtures';
import { siteContent } from '../test/site-content';
import { exportSite, toLlmsFullTxt, toLlmsTxt } from './llms-txt';
import { postToMarkdown, toMarkdownCompanions } from './markdown-companions';

const baseUrl = 'https://www.aira.example';
const frontmatter = (text: string) =>
  parse(/^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '') as Record<string, unknown>;

/** The example post with one FAQ reference, its author as an id, and the site around it. */
function withReferences() {
  const content = siteContent();
  const post = parseBlogPost(examplePostSource('roi-van-ai-training-berekenen.md'));
  const author = parseAuthor({
    id: 'redactie-aira',
    name: 'Redactie AIRA',
    role: 'Redactie',
    bio: 'Schrijft over AI-training voor het mkb.',
    url: '/auteurs/redactie-aira',
    locale: 'nl-NL',
  });
  const referenced = {
    id: 'hoe-bewijzen-jullie-dat-ai-iets-oplevert',
    question: 'Hoe bewijzen jullie dat AI iets oplevert?',
    answer: 'Met een **nulmeting** voor de pilot en dezelfde meting erna.',
  };
  const faq = parseFaqFeed({ ...content.faq, items: [...content.faq.items, referenced] });
  return { content: { ...content, faq, posts: [post], authors: [author] }, post, referenced };
}

describe('posts in the exports', () => {
  test('a post with faqRefs carries the referenced questions in its companion and in llms-full.txt', () => {
    const { content, post, referenced } = withReferences();
    expect(post.faqRefs).toEqual([referenced.id]);
    const companion = postToMarkdown(post, { baseUrl }, content);
    const full = toLlmsFullTxt(content, { baseUrl });
    for (const item of [...post.faq, referenced]) {
      expect(companion).toContain(`### ${item.question}\n`);
      expect(full).toContain(`##### ${item.question}\n`);
    }
    expect(companion).toContain('Met een **nulmeting** voor de pilot');
    // The written-out questions first, then the referenced ones, as on the HTML page.
    const positions = [...post.faq, referenced].map((item) => companion.indexOf(item.question));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    const [file] = toMarkdownCompanions(content, { baseUrl }).filter((f) =>
      f.path.startsWith('blog/'),
    );
    expect(file?.text).toBe(companion);
  });

  test('an author id becomes the name, linked to the author page', () => {
    const { content, post } = withReferences();
    expect(post.author).toBe('redactie-aira');
    const companion = postToMarkdown(post, { baseUrl }, content);
    expect(frontmatter(companion)).toMatchObject({
      author: 'Redactie AIRA',
      author_url: 'https://www.aira.example/auteurs/redactie-aira',
    });
    const byline =
      'Door [Redactie AIRA](https://www.aira.example/auteurs/redactie-aira), 6 oktober 2026';
    expect(companion).toContain(`\n${byline}\n`);
    expect(toLlmsFullTxt(content, { baseUrl })).toContain(`\n${byline}\n`);
    expect(companion).not.toMatch(/author: redactie-aira/);
    // The author's page lists the post.
    expect(toLlmsFullTxt(content, { baseUrl })).toContain(
      `- [${post.title}](https://www.aira.example/blog/${post.slug})`,
    );
  });

  test('without author files the author stays as written, without a link', () => {
    const { content, post } = withReferences();
    const companion = postToMarkdown(post, { baseUrl }, { faq: content.faq });
    expect(frontmatter(companion).author).toBe('redactie-aira');
    expect(frontmatter(companion)).not.toHaveProperty('author_url');
    expect(companion).toContain('\nDoor redactie-aira, 6 oktober 2026\n');
  });

  test('FAQ references without a feed are a clear error, not questions lost', () => {
    const { content, post } = withReferences();
    expect(() => postToMarkdown(post, { baseUrl })).toThrow(
      /post "roi-van-ai-training-berekenen" names FAQ feed items in faqRefs \(hoe-bewijzen-jullie-dat-ai-iets-oplevert\) but no FAQ feed was given/,
    );
    const { faq: _, ...withoutFeed } = content;
    expect(() => toLlmsFullTxt(withoutFeed, { baseUrl })).toThrow(/no FAQ feed was given/);
  });
});

describe('plan-like content in the exports', () => {
  // Intl writes a no-break space after €; compare with a plain one.
  const full = toLlmsFullTxt(siteContent(), { baseUrl }).replace(/\u00a0/g, ' ');

  test('llms-full.txt carries the steps, phases, competence levels with shares and the budget', () => {
    expect(full).toContain('#### 1. Doelen bepalen\n');
    expect(full).toContain('**Duur:** 4–8 weken');
    expect(full).toContain('#### Fase 2: Experimenteren (week 5–9)\n');
    expect(full).toContain('**Eigenaren:** Directie, HR, Teamleiders');
    expect(full).toContain('##### Gebruikers: 80% van de medewerkers\n');
    expect(full).toContain('##### Specialisten: 5% van de medewerkers\n');
    expect(full).toContain('Bij een budget van € 40.000, excl. btw:');
    expect(full).toContain('#### Mensen: 50% (€ 20.000)\n');
    expect(full).toContain('#### Technologie: 20% (€ 8.000)\n');
    expect(full).toContain('### Redactie AIRA\n');
  });

  test('each own page gets a companion with frontmatter; a part of another page does not', () => {
    const files = toMarkdownCompanions(siteContent(), { baseUrl });
    const roadmap = files.find((file) => file.path === 'roadmap.md');
    expect(frontmatter(roadmap?.text ?? '')).toEqual({
      title: 'De 90-dagenroadmap voor AI-leiderschap',
      description:
        '3 fasen in 13 weken: Verkennen en richting geven (week 1–4), Experimenteren (week 5–9), Verankeren en opschalen (week 10–13)',
      url: 'https://www.aira.example/roadmap',
      language: 'nl-NL',
    });
    expect(roadmap?.text).toContain('\n# De 90-dagenroadmap voor AI-leiderschap\n\n');
    expect(roadmap?.text).toContain('\n## Fase 1: Verkennen en richting geven (week 1–4)\n');
    expect(files.some((file) => file.path.includes('budget'))).toBe(false);
  });

  test('a page URL with a trailing slash or without a url gets a companion next to it', () => {
    const content = siteContent();
    const [plan] = content.stepPlans;
    const [roadmap] = content.roadmaps;
    const paths = toMarkdownCompanions(
      {
        ...content,
        stepPlans: [{ ...(plan as (typeof content.stepPlans)[number]), url: '/plan/' }],
        roadmaps: [{ ...(roadmap as (typeof content.roadmaps)[number]), url: undefined }],
        budgetSplits: [],
      },
      { baseUrl },
    ).map((file) => file.path);
    expect(paths).toContain('plan.md');
    expect(paths).toContain('roadmap/90-dagen-ai-leiderschap.md');
  });

  test('English content gets English section names and words', () => {
    const content = siteContent();
    const english = { ...content, organization: { ...content.organization, locale: 'en' } };
    const text = toLlmsTxt(english, { baseUrl });
    for (const name of [
      'Step-by-step plans',
      'Roadmaps',
      'Competences',
      'Budget split',
      'Authors',
    ]) {
      expect(text).toContain(`\n## ${name}\n`);
    }
    expect(text).toContain('7 competences at 3 levels: Gebruikers 80%, Verbinders 15%');
    expect(toLlmsFullTxt(english, { baseUrl })).toContain('**Duration:** 4–8 weeks');
  });

  test('the same content in any order gives the same files', () => {
    const content = siteContent();
    const [author] = content.authors;
    const authors = ['e', 'a', 'd', 'b', 'c'].map((letter) => ({
      ...(author as (typeof content.authors)[number]),
      id: `auteur-${letter}`,
      name: `Auteur ${letter.toUpperCase()}`,
      url: undefined,
    }));
    const expected = exportSite({ ...content, authors }, { baseUrl });
    fc.assert(
      fc.property(
        fc.shuffledSubarray(authors, { minLength: authors.length }),
        fc.shuffledSubarray([...content.posts], { minLength: content.posts.length }),
        (order, posts) => {
          expect(exportSite({ ...content, authors: order, posts }, { baseUrl })).toEqual(expected);
        },
      ),
      { numRuns: 30 },
    );
  });
});
