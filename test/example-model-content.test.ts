// The plan-like example content (authors, step plan, roadmap, competences, budget split) and
// the posts' references into it: valid, as the material describes it, and valid as JSON-LD.
import { readdirSync, readFileSync } from 'node:fs';
import {
  lintBlogPost,
  parseAuthor,
  parseBlogPost,
  parseBudgetSplit,
  parseCompetenceFramework,
  parseFaqFeed,
  parseOrganization,
  parseRoadmap,
  parseStepPlan,
  resolveFaqRefs,
} from '@aira/content-schema';
import {
  author,
  blogPosting,
  competenceFramework,
  faqPage,
  graph,
  howTo,
  organization,
  roadmap,
  validateJsonLd,
} from '@aira/jsonld';
import { describe, expect, test } from 'vitest';

const content = new URL('../examples/content/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, content), 'utf8');
const json = (path: string): unknown => JSON.parse(read(path));
const folder = (name: string) =>
  readdirSync(new URL(`${name}/`, content)).map((file) => `${name}/${file}`);
const baseUrl = 'https://www.aira.example';

const org = parseOrganization(json('organization.json'));
const feed = parseFaqFeed(json('faq.json'));
const authors = folder('authors').map((file) => parseAuthor(json(file)));
const posts = folder('posts').map((file) => parseBlogPost(read(file), { file, authors, feed }));
const [plan] = folder('step-plans').map((file) => parseStepPlan(json(file)));
const [map] = folder('roadmaps').map((file) => parseRoadmap(json(file)));
const [framework] = folder('competence-frameworks').map((file) =>
  parseCompetenceFramework(json(file)),
);
const [budget] = folder('budget-splits').map((file) => parseBudgetSplit(json(file)));

describe('plan-like example content', () => {
  test('carries the figures of the material', () => {
    expect(plan?.steps).toHaveLength(7);
    expect(plan?.steps[0]?.name).toMatch(/doelen/i);
    expect(plan?.steps.at(-1)?.name).toMatch(/opschalen/i);
    expect(map?.totalWeeks).toBe(13);
    expect(map?.phases.map((p) => [p.weeks.from, p.weeks.to])).toEqual([
      [1, 4],
      [5, 9],
      [10, 13],
    ]);
    expect(framework?.competences).toHaveLength(7);
    expect(framework?.levels.map((l) => l.share)).toEqual([80, 15, 5]);
    expect(budget?.shares.map((s) => [s.id, s.share])).toEqual([
      ['mensen', 50],
      ['proces', 30],
      ['technologie', 20],
    ]);
  });

  test('authors are role-based names or say they are fictional, and every post names one by id', () => {
    for (const a of authors) expect(a.fictional === true || /AIRA$/.test(a.name), a.id).toBe(true);
    const ids = new Set(authors.map((a) => a.id));
    for (const post of posts) expect(ids.has(post.author), post.slug).toBe(true);
  });

  test('each post names feed items in its FAQ block and, resolved, still passes the linter', () => {
    const knownSlugs = posts.map((post) => post.slug);
    for (const post of posts) {
      expect(post.faqRefs?.length, post.slug).toBeGreaterThan(0);
      const resolved = resolveFaqRefs(post, feed);
      expect(resolved.faq.length).toBeGreaterThanOrEqual(3);
      expect(resolved.faq.length).toBeLessThanOrEqual(5);
      const errors = lintBlogPost(post, { knownSlugs }).filter((f) => f.severity === 'error');
      expect(errors, post.slug).toEqual([]);
    }
  });

  test('every page graph validates: HowTo, ItemList, DefinedTermSet, authors linked from posts', () => {
    if (!plan || !map || !framework) throw new Error('example content is missing');
    const pages = [
      graph(organization(org, { baseUrl }), howTo(plan, { baseUrl })),
      graph(organization(org, { baseUrl }), roadmap(map, { baseUrl })),
      graph(organization(org, { baseUrl }), competenceFramework(framework, { baseUrl })),
      ...authors.map((a) => graph(author(a, { baseUrl, worksFor: org }))),
      ...posts.map((post) =>
        graph(
          blogPosting(post, { baseUrl, publisher: org, authors }),
          faqPage(resolveFaqRefs(post, feed), { baseUrl }),
        ),
      ),
    ];
    for (const data of pages) expect(validateJsonLd(data).errors).toEqual([]);
  });
});
