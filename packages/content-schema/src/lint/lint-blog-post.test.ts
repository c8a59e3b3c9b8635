import { describe, expect, test } from 'vitest';
import { type BlogPost, LINT_RULES, type LintOptions, lintBlogPost, parseBlogPost } from '../index';
import { at, validPostSource, words } from '../test/fixtures';

const post = (body?: string, frontmatter?: string): BlogPost =>
  parseBlogPost(validPostSource({ body, frontmatter }));
const baseBody = () => at(validPostSource().split('---\n'), 2);
const known = { knownSlugs: ['ai-training-mkb', 'wat-kost-een-ai-workshop'] };
const findings = (p: BlogPost, options: LintOptions = known) => lintBlogPost(p, options);
const rulesOf = (p: BlogPost, options?: LintOptions) => findings(p, options).map((f) => f.rule);

describe('lintBlogPost', () => {
  test('finds nothing in a post that follows every house rule', () => {
    expect(findings(post())).toEqual([]);
  });

  test('word-count: warns outside 1,000–1,800 words, with a configurable range', () => {
    const short = post(`${words(50)}\n\n## Een\n\n${words(50)}\n\n## Conclusie\n\n${words(50)}\n`);
    expect(findings(short).filter((f) => f.rule === 'word-count')).toEqual([
      {
        rule: 'word-count',
        severity: 'warning',
        message: 'core posts run 1000–1800 words; this body has 152',
      },
    ]);
    expect(rulesOf(short, { ...known, wordCount: { min: 100, max: 200 } })).not.toContain(
      'word-count',
    );
    expect(
      rulesOf(post(`${words(900)}\n\n## Een\n\n${words(900)}\n\n## Conclusie\n\n${words(100)}\n`)),
    ).toContain('word-count');
  });

  test('word-count: does not count fenced code or link URLs', () => {
    const body = `${words(1000)}\n\n## Een\n\n\`\`\`\n${words(2000)}\n\`\`\`\n\n[link](/blog/wat-kost-een-ai-workshop)\n\n## Conclusie\n\nKlaar.`;
    expect(rulesOf(post(body))).not.toContain('word-count');
  });

  test('intro: warns when the body starts with a heading', () => {
    const body = `## Een\n\n${words(600)} [x](/blog/wat-kost-een-ai-workshop)\n\n## Conclusie\n\n${words(500)}`;
    expect(findings(post(body))).toEqual([
      {
        rule: 'intro',
        severity: 'warning',
        message: 'start with an introduction paragraph before the first "## " heading',
        line: 1,
      },
    ]);
  });

  test('headings: refuses an H1 in the body and skipped levels, with body lines', () => {
    const body = `${words(500)}\n\n# Titel\n\n## Een\n\n#### Diep\n\n${words(500)} [x](/blog/wat-kost-een-ai-workshop)\n\n## Conclusie\n\nKlaar.`;
    expect(findings(post(body)).filter((f) => f.rule === 'headings')).toEqual([
      {
        rule: 'headings',
        severity: 'error',
        line: 3,
        message: '"# Titel": the title comes from the frontmatter; use "## " for sections',
      },
      {
        rule: 'headings',
        severity: 'error',
        line: 7,
        message: '"#### Diep" skips a level after H2; use H3',
      },
    ]);
  });

  test('headings: reads underlined (setext) headings as H1 and H2, and --- after a blank line as a rule', () => {
    const body = `${words(500)}\n\nTitel van\nde post\n=====\n\nEen\n---\n\n#### Diep\n\n---\n\n${words(500)} [x](/blog/wat-kost-een-ai-workshop)\n\nConclusie\n-\n\nKlaar.`;
    const result = findings(post(body));
    expect(result.filter((f) => f.rule === 'headings').map((f) => [f.line, f.message])).toEqual([
      [3, '"# Titel van de post": the title comes from the frontmatter; use "## " for sections'],
      [10, '"#### Diep" skips a level after H2; use H3'],
    ]);
    expect(result.filter((f) => f.rule === 'conclusion')).toEqual([]);
  });

  test('headings: ignores # lines inside fenced code and reports file lines when bodyLine is given', () => {
    const body = `${words(1000)}\n\n\`\`\`sh\n# geen kop\n\`\`\`\n\n### Te diep\n\n## Een\n\n[x](/blog/wat-kost-een-ai-workshop)\n\n## Conclusie\n\nKlaar.`;
    expect(
      findings(post(body), { ...known, bodyLine: 24 }).filter((f) => f.rule === 'headings'),
    ).toEqual([
      {
        rule: 'headings',
        severity: 'error',
        line: 30,
        message: '"### Te diep" skips a level after H1; use H2',
      },
    ]);
  });

  test('conclusion: warns without a closing section', () => {
    const body = `${words(600)}\n\n## Een\n\n${words(500)} [x](/blog/wat-kost-een-ai-workshop)\n\n## Twee\n\nKlaar.`;
    expect(rulesOf(post(body))).toEqual(['conclusion']);
  });

  test('faq-count: refuses fewer than 3 and more than 5 questions', () => {
    const base = parseBlogPost(validPostSource());
    const faq = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ question: `Vraag ${i}?`, answer: 'Ja.' }));
    expect(findings({ ...base, faq: faq(2) })).toEqual([
      {
        rule: 'faq-count',
        severity: 'error',
        path: 'faq',
        message: 'the faq block needs 3–5 questions; it has 2',
      },
    ]);
    expect(rulesOf({ ...base, faq: faq(6) })).toEqual(['faq-count']);
    expect(rulesOf({ ...base, faq: faq(5) })).toEqual([]);
  });

  test('internal-links: refuses links and readMore entries to unknown posts', () => {
    const body = baseBody().replace('/blog/wat-kost-een-ai-workshop', '/blog/bestaat-niet');
    const p = { ...post(body), readMore: [{ slug: 'ook-niet' }] };
    expect(findings(p)).toEqual([
      {
        rule: 'internal-links',
        severity: 'error',
        line: 5,
        message: 'link "/blog/bestaat-niet" points at "bestaat-niet", which is not a known post',
      },
      {
        rule: 'internal-links',
        severity: 'error',
        path: 'readMore.0.slug',
        message: 'readMore.0: "ook-niet" is not a known post',
      },
    ]);
  });

  test('internal-links: understands ./slug.md links and a custom post path, and skips pages that are not posts', () => {
    const body = baseBody().replace(
      '/blog/wat-kost-een-ai-workshop',
      './wat-kost-een-ai-workshop.md) en [contact](/contact',
    );
    expect(findings(post(body))).toEqual([]);
    const custom = baseBody().replace(
      '/blog/wat-kost-een-ai-workshop',
      '/kennis/wat-kost-een-ai-workshop/',
    );
    expect(findings(post(custom), { ...known, postPath: '/kennis/' })).toEqual([]);
  });

  test('internal-links: warns when there is no internal link at all, and checks nothing without knownSlugs', () => {
    const base = parseBlogPost(validPostSource());
    const bare = {
      ...base,
      readMore: undefined,
      body: base.body.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1'),
    };
    expect(findings(bare)).toEqual([
      {
        rule: 'internal-links',
        severity: 'warning',
        message: 'link to at least one other page of the site (in the body or in readMore)',
      },
    ]);
    expect(findings({ ...base, readMore: [{ slug: 'onbekend' }] }, {})).toEqual([]);
  });

  test('title-length and description-length: warn beyond what search results show', () => {
    const base = parseBlogPost(validPostSource());
    expect(
      findings({ ...base, title: 'x'.repeat(61), description: 'Te kort.' }).map((f) => f.message),
    ).toEqual([
      'title has 61 characters; search results show about 60',
      'description has 8 characters; keep it 50–160 so search results show it in full',
    ]);
    expect(rulesOf({ ...base, title: 'é'.repeat(60), description: 'd'.repeat(160) })).toEqual([]);
  });

  test('fictional-case: a case section must say it is fictional in its heading or first paragraph', () => {
    const base = at(validPostSource().split('---\n'), 2);
    const unlabelled = base.replace(
      '## Fictieve case: een administratiekantoor\n\nDit is een fictief voorbeeld.',
      '## Case: een administratiekantoor\n\nEen kantoor met 15 mensen.',
    );
    expect(findings(post(unlabelled))).toEqual([
      {
        rule: 'fictional-case',
        severity: 'error',
        line: 11,
        message:
          'case "Case: een administratiekantoor": say it is fictional ("fictief"/"fictieve") in its heading or first paragraph',
      },
    ]);
    const inParagraph = base.replace(
      '## Fictieve case: een administratiekantoor',
      '## Praktijkvoorbeeld: een administratiekantoor',
    );
    expect(findings(post(inParagraph))).toEqual([]);
  });

  test('every rule can be switched off or given another severity', () => {
    const p = { ...parseBlogPost(validPostSource()), title: 'x'.repeat(80), faq: [] };
    expect(rulesOf(p, { rules: { 'faq-count': 'off', 'title-length': 'off' } })).toEqual([]);
    expect(
      findings(p, { rules: { 'faq-count': 'warning', 'title-length': 'error' } }).map((f) => [
        f.rule,
        f.severity,
      ]),
    ).toEqual([
      ['faq-count', 'warning'],
      ['title-length', 'error'],
    ]);
    const off = Object.fromEntries(LINT_RULES.map((rule) => [rule, 'off' as const]));
    expect(findings({ ...p, body: '# Alleen een kop' }, { rules: off })).toEqual([]);
  });
});
