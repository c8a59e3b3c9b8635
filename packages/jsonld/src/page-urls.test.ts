// One page, one URL: for every content type with a page, the JSON-LD this package writes names
// the same page URL as the links in llms.txt and the Markdown companions of
// `exportSite` (@aira/content-schema), with the defaults, with a site's own paths passed to
// both, and with content that carries its own `url`. The content is examples/content.
import { readdirSync, readFileSync } from 'node:fs';
import {
  type ExportPaths,
  exportSite,
  parseAuthor,
  parseBlogPost,
  parseBudgetSplit,
  parseCompetenceFramework,
  parseFaqFeed,
  parseOrganization,
  parseRoadmap,
  parseStepPlan,
  parseTrainingOffer,
  parseWorkshop,
  type SiteContent,
} from '@aira/content-schema';
import { describe, expect, test } from 'vitest';
import { author } from './nodes/author.js';
import { blogPosting } from './nodes/blog-posting.js';
import { competenceFramework } from './nodes/competence-framework.js';
import { course } from './nodes/course.js';
import { event } from './nodes/event.js';
import { faqPage } from './nodes/faq-page.js';
import { howTo } from './nodes/how-to.js';
import { roadmap } from './nodes/roadmap.js';

const BASE_URL = 'https://www.aira.example';
const contentDir = new URL('../../../examples/content/', import.meta.url);
const readJson = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(path, contentDir), 'utf8'));
const folder = <T>(name: string, parse: (input: unknown) => T): T[] =>
  readdirSync(new URL(`${name}/`, contentDir))
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => parse(readJson(`${name}/${file}`)));

/** The example site's content; without `url`s unless `keepUrls`, so the default paths apply. */
function exampleContent(keepUrls: boolean): Required<SiteContent> {
  const noUrl = <T extends { url?: string | undefined }>(item: T): T => {
    if (keepUrls) return item;
    const { url: _url, ...rest } = item;
    return rest as T;
  };
  const authors = folder('authors', parseAuthor).map(noUrl);
  const faq = noUrl(parseFaqFeed(readJson('faq.json')));
  const posts = readdirSync(new URL('posts/', contentDir))
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file) =>
      parseBlogPost(readFileSync(new URL(`posts/${file}`, contentDir), 'utf8'), {
        file,
        authors,
        feed: faq,
      }),
    );
  return {
    organization: parseOrganization(readJson('organization.json')),
    faq,
    posts,
    trainings: folder('trainings', parseTrainingOffer).map(noUrl),
    workshops: folder('workshops', parseWorkshop).map(noUrl),
    stepPlans: folder('step-plans', parseStepPlan).map(noUrl),
    roadmaps: folder('roadmaps', parseRoadmap).map(noUrl),
    competenceFrameworks: folder('competence-frameworks', parseCompetenceFramework).map(noUrl),
    budgetSplits: folder('budget-splits', parseBudgetSplit).map(noUrl),
    authors,
  };
}

/**
 * The page URL the exports give each linked item, by its title: the link in llms.txt, or
 * the page a linked Markdown companion mirrors.
 */
function exportedPageUrls(content: SiteContent, paths?: Partial<ExportPaths>) {
  const files = exportSite(content, { baseUrl: BASE_URL, ...(paths ? { paths } : {}) });
  const llmsTxt = files.find((file) => file.path === 'llms.txt')?.text ?? '';
  const pageOf = new Map(files.map((file) => [file.url, file.alternateOf ?? file.url]));
  const urls = new Map<string, string>();
  for (const [, title, url] of llmsTxt.matchAll(/^- \[([^\]]+)\]\(([^)]+)\)/gm)) {
    urls.set(title as string, pageOf.get(url as string) ?? (url as string));
  }
  return urls;
}

/** Each item with a page: its title in llms.txt and the `url` of its JSON-LD node. */
function jsonLdPageUrls(content: Required<SiteContent>, paths?: Partial<ExportPaths>) {
  const options = { baseUrl: BASE_URL, ...(paths ? { paths } : {}) };
  const { faq, authors } = content;
  return [
    { kind: 'faq', title: faq.title, url: faqPage(faq, options).url },
    ...content.posts.map((post) => ({
      kind: 'post',
      title: post.title,
      url: blogPosting(post, { ...options, authors }).url,
    })),
    ...content.trainings.map((offer) => ({
      kind: 'training',
      title: offer.name,
      url: course(offer, options).url,
    })),
    ...content.workshops.map((workshop) => ({
      kind: 'workshop',
      title: workshop.name,
      url: event(workshop, options).url,
    })),
    ...content.stepPlans.map((plan) => ({
      kind: 'stepPlan',
      title: plan.name,
      url: howTo(plan, options).url,
    })),
    ...content.roadmaps.map((rm) => ({
      kind: 'roadmap',
      title: rm.name,
      url: roadmap(rm, options).url,
    })),
    ...content.competenceFrameworks.map((fw) => ({
      kind: 'competenceFramework',
      title: fw.name,
      url: competenceFramework(fw, options).url,
    })),
    ...authors.map((person) => ({
      kind: 'author',
      title: person.name,
      url: author(person, options).url,
    })),
  ];
}

function expectAgreement(content: Required<SiteContent>, paths?: Partial<ExportPaths>) {
  const exported = exportedPageUrls(content, paths);
  const nodes = jsonLdPageUrls(content, paths);
  // Every kind with a JSON-LD generator is here, and each has at least one example item.
  expect(new Set(nodes.map((node) => node.kind)).size).toBe(8);
  for (const node of nodes) {
    // Soft, so a failure lists every page whose two URLs differ.
    expect
      .soft({ ...node, url: exported.get(node.title ?? '') }, `${node.kind} "${node.title}"`)
      .toEqual(node);
  }
  return nodes;
}

describe('the JSON-LD and the text exports name the same page URLs', () => {
  test('with the default paths', () => {
    const nodes = expectAgreement(exampleContent(false));
    const byKind = (kind: string) => nodes.find((node) => node.kind === kind)?.url;
    expect(byKind('faq')).toBe(`${BASE_URL}/faq`);
    expect(byKind('workshop')).toMatch(`${BASE_URL}/agenda/`);
    expect(byKind('stepPlan')).toBe(`${BASE_URL}/stappenplan/ai-invoeren-in-7-stappen`);
    expect(byKind('author')).toMatch(`${BASE_URL}/auteurs/`);
  });

  test("with a site's own paths, passed to both", () => {
    const paths: Partial<ExportPaths> = {
      post: '/artikelen/{slug}',
      faq: '/veelgestelde-vragen',
      training: '/aanbod/{id}',
      workshop: '/workshops/{id}',
      stepPlan: '/{id}',
      roadmap: '/plannen/{id}',
      competenceFramework: '/kader/{id}',
      author: '/team/{id}',
    };
    const nodes = expectAgreement(exampleContent(false), paths);
    expect(nodes.find((node) => node.kind === 'faq')?.url).toBe(`${BASE_URL}/veelgestelde-vragen`);
  });

  test('with the content’s own urls, which win over any path', () => {
    expectAgreement(exampleContent(true), { faq: '/faq-elders', stepPlan: '/elders/{id}' });
  });
});
