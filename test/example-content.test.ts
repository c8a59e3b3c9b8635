// The example content is what new users copy. It must pass the schemas and the house rules,
// and every generator must turn it into JSON-LD without a single validation error.
import { readdirSync, readFileSync } from 'node:fs';
import {
  lintBlogPost,
  parseAuthor,
  parseBlogPost,
  parseFaqFeed,
  parseOrganization,
  parseTrainingOffer,
  parseWorkshop,
} from '@aira/content-schema';
import {
  blogPosting,
  breadcrumbList,
  course,
  event,
  faqPage,
  graph,
  localBusiness,
  organization,
  serializeJsonLd,
  validateJsonLd,
} from '@aira/jsonld';
import { describe, expect, test } from 'vitest';

const content = new URL('../examples/content/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, content), 'utf8');
const folder = (name: string) =>
  readdirSync(new URL(`${name}/`, content)).map((file) => `${name}/${file}`);
const baseUrl = 'https://www.aira.example';

const org = parseOrganization(JSON.parse(read('organization.json')));
const feed = parseFaqFeed(JSON.parse(read('faq.json')));
const authors = folder('authors').map((file) => parseAuthor(JSON.parse(read(file))));
const posts = folder('posts').map((file) => parseBlogPost(read(file), { file }));
const offers = folder('trainings').map((file) => parseTrainingOffer(JSON.parse(read(file))));
const workshops = folder('workshops').map((file) => parseWorkshop(JSON.parse(read(file))));

describe('example content', () => {
  test('the FAQ feed is large enough for a general FAQ page and uses its categories', () => {
    expect(feed.items.length).toBeGreaterThanOrEqual(24);
    const used = new Set(feed.items.map((item) => item.category));
    expect(used.size).toBeGreaterThan(3);
  });

  test('every post passes the editorial linter without errors', () => {
    const knownSlugs = posts.map((post) => post.slug);
    expect(posts.length).toBeGreaterThanOrEqual(3);
    for (const post of posts) {
      const errors = lintBlogPost(post, { knownSlugs }).filter((f) => f.severity === 'error');
      expect(errors, post.slug).toEqual([]);
    }
  });

  test('each blog page graph validates and survives serialization', () => {
    for (const post of posts) {
      const data = graph(
        organization(org, { baseUrl }),
        blogPosting(post, { baseUrl, publisher: org, authors }),
        faqPage(post, { baseUrl }),
        breadcrumbList(
          [
            { name: 'Home', url: '/' },
            { name: post.title, url: `/blog/${post.slug}` },
          ],
          { baseUrl },
        ),
      );
      expect(validateJsonLd(data).errors, post.slug).toEqual([]);
      expect(JSON.parse(serializeJsonLd(data))).toEqual(data);
    }
  });

  test('the site graph (organization, FAQ, courses, workshops) validates', () => {
    const byId = new Map(offers.map((offer) => [offer.id, offer]));
    const data = graph(
      organization(org, { baseUrl }),
      localBusiness(org, { baseUrl }),
      faqPage(feed, { baseUrl }),
      ...offers.map((offer) => course(offer, { baseUrl, provider: org })),
      ...workshops.map((w) => event(w, { baseUrl, offer: byId.get(w.offerId), organizer: org })),
    );
    const { errors } = validateJsonLd(data);
    expect(errors).toEqual([]);
    expect(workshops.every((w) => byId.has(w.offerId))).toBe(true);
  });
});
