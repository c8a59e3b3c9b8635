import type {
  BlogPosting,
  BreadcrumbList,
  Course,
  Event,
  FAQPage,
  Graph,
  HowTo,
  LocalBusiness,
  Organization,
  Person,
  Thing,
  WebSite,
  WithContext,
} from 'schema-dts';
import { describe, expectTypeOf, test } from 'vitest';
import {
  aira,
  awarenessOffer,
  BASE_URL,
  feed,
  offer,
  post,
  stepPlan,
  workshop,
} from '../__fixtures__/content.js';
import { graph } from '../graph.js';
import { blogPosting } from './blog-posting.js';
import { breadcrumbList } from './breadcrumb-list.js';
import { course } from './course.js';
import { event } from './event.js';
import { faqPage } from './faq-page.js';
import { howTo } from './how-to.js';
import { localBusiness } from './local-business.js';
import { organization } from './organization.js';
import { person } from './person.js';
import { webSite } from './web-site.js';

const options = { baseUrl: BASE_URL };

describe('generator outputs satisfy schema-dts types', () => {
  test('faqPage', () => {
    expectTypeOf(faqPage(feed, options)).toExtend<WithContext<FAQPage>>();
    expectTypeOf(faqPage(post, options)).toExtend<WithContext<FAQPage>>();
  });
  test('blogPosting', () => {
    expectTypeOf(blogPosting(post, { ...options, publisher: aira })).toExtend<
      WithContext<BlogPosting>
    >();
  });
  test('organization and localBusiness', () => {
    expectTypeOf(organization(aira, options)).toExtend<WithContext<Organization>>();
    expectTypeOf(localBusiness(aira, options)).toExtend<WithContext<LocalBusiness>>();
    expectTypeOf(localBusiness(aira)).toExtend<WithContext<Organization>>();
  });
  test('course and event', () => {
    expectTypeOf(course(offer, { ...options, provider: aira })).toExtend<WithContext<Course>>();
    expectTypeOf(event(workshop, { ...options, offer: awarenessOffer })).toExtend<
      WithContext<Event>
    >();
  });
  test('howTo, breadcrumbList, webSite, person', () => {
    expectTypeOf(howTo(stepPlan, options)).toExtend<WithContext<HowTo>>();
    expectTypeOf(breadcrumbList([{ name: 'Home', url: '/' }], options)).toExtend<
      WithContext<BreadcrumbList>
    >();
    expectTypeOf(webSite({ name: 'AIRA', locale: 'nl-NL' }, options)).toExtend<
      WithContext<WebSite>
    >();
    expectTypeOf(person('Sanne de Vries', options)).toExtend<WithContext<Person>>();
  });
  test('graph returns a schema-dts Graph and accepts every generator output', () => {
    expectTypeOf(graph(faqPage(feed), organization(aira), [course(offer)])).toEqualTypeOf<Graph>();
    expectTypeOf<Graph['@graph'][number]>().toEqualTypeOf<Thing>();
  });
  test('generators reject content of the wrong shape', () => {
    // @ts-expect-error a TrainingOffer is not a Workshop
    event(offer);
    // @ts-expect-error a FAQ feed needs its items
    faqPage({ version: 1, locale: 'nl-NL' });
  });
});
