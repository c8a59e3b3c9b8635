// The inferred types must match the shared contract (/tmp/aira/CONTRACT.md) that the jsonld
// and widget packages code against.
import { describe, expectTypeOf, test } from 'vitest';
import type {
  BlogPost,
  CaseStudy,
  ContentCalendar,
  ContentIssue,
  FaqCategory,
  FaqFeed,
  FaqItem,
  KeywordCluster,
  LintFinding,
  Organization,
  Persona,
  PostalAddress,
  Price,
  RenderedAnswer,
  SafeParseResult,
  TrainingOffer,
  Workshop,
} from './index';
import {
  type ContentValidationError,
  parseBlogPost,
  parseFaqFeed,
  renderAnswer,
  safeParseFaqFeed,
} from './index';

type Intent = 'informatief' | 'transactioneel' | 'lokaal';

describe('contract types', () => {
  test('FaqFeed, FaqItem, FaqCategory', () => {
    expectTypeOf<FaqFeed['version']>().toEqualTypeOf<1>();
    expectTypeOf<FaqFeed['locale']>().toEqualTypeOf<string>();
    expectTypeOf<FaqFeed['title']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<FaqFeed['categories']>().toEqualTypeOf<FaqCategory[] | undefined>();
    expectTypeOf<FaqFeed['items']>().toEqualTypeOf<FaqItem[]>();
    expectTypeOf<FaqItem>().toEqualTypeOf<{
      id: string;
      question: string;
      answer: string;
      category?: string | undefined;
      tags?: string[] | undefined;
      locale?: string | undefined;
      updated?: string | undefined;
      related?: string[] | undefined;
    }>();
    expectTypeOf<FaqCategory>().toEqualTypeOf<{
      id: string;
      label: string;
      description?: string | undefined;
    }>();
  });

  test('parse and safeParse', () => {
    expectTypeOf(parseFaqFeed).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(parseFaqFeed).returns.toEqualTypeOf<FaqFeed>();
    expectTypeOf(safeParseFaqFeed).returns.toEqualTypeOf<SafeParseResult<FaqFeed>>();
    expectTypeOf<SafeParseResult<FaqFeed>>().toEqualTypeOf<
      { success: true; data: FaqFeed } | { success: false; error: ContentValidationError }
    >();
    expectTypeOf<ContentValidationError['issues']>().toEqualTypeOf<ContentIssue[]>();
    expectTypeOf<ContentIssue>().toEqualTypeOf<{ path: string; message: string; line?: number }>();
    expectTypeOf(parseBlogPost).returns.toEqualTypeOf<BlogPost>();
    expectTypeOf(renderAnswer).toEqualTypeOf<(markdown: string) => RenderedAnswer>();
    expectTypeOf<RenderedAnswer>().toEqualTypeOf<{ html: string; text: string }>();
  });

  test('BlogPost', () => {
    expectTypeOf<BlogPost['intent']>().toEqualTypeOf<Intent>();
    expectTypeOf<BlogPost['tags']>().toEqualTypeOf<string[]>();
    expectTypeOf<BlogPost['locale']>().toEqualTypeOf<string>();
    expectTypeOf<BlogPost['faq']>().toEqualTypeOf<
      { id?: string | undefined; question: string; answer: string }[]
    >();
    expectTypeOf<BlogPost['readMore']>().toEqualTypeOf<
      { slug: string; title?: string | undefined }[] | undefined
    >();
    expectTypeOf<BlogPost['body']>().toEqualTypeOf<string>();
    expectTypeOf<BlogPost['cluster']>().toEqualTypeOf<string | undefined>();
  });

  test('Price, TrainingOffer, Workshop, PostalAddress', () => {
    expectTypeOf<Price>().toEqualTypeOf<{
      amount: number;
      maxAmount?: number | undefined;
      orMore?: boolean | undefined;
      currency: 'EUR';
      per: 'person' | 'session' | 'group';
      vatIncluded: boolean;
    }>();
    expectTypeOf<TrainingOffer['format']>().toEqualTypeOf<
      'inspiration-session' | 'half-day' | 'full-day' | 'masterclass' | 'series'
    >();
    expectTypeOf<TrainingOffer['delivery']>().toEqualTypeOf<
      ('in-company' | 'open-enrolment' | 'online' | 'hybrid')[]
    >();
    expectTypeOf<TrainingOffer['durationHours']>().toEqualTypeOf<{ min: number; max: number }>();
    expectTypeOf<TrainingOffer['price']>().toEqualTypeOf<Price>();
    expectTypeOf<TrainingOffer['phase']>().toEqualTypeOf<
      'awareness' | 'implementation' | 'optimization' | undefined
    >();
    expectTypeOf<Workshop['attendance']>().toEqualTypeOf<'offline' | 'online' | 'mixed'>();
    expectTypeOf<Workshop['location']>().toEqualTypeOf<
      { name: string; address: PostalAddress } | undefined
    >();
    expectTypeOf<Workshop['seats']>().toEqualTypeOf<{ total: number; remaining: number }>();
    expectTypeOf<Workshop['status']>().toEqualTypeOf<
      'scheduled' | 'cancelled' | 'postponed' | 'rescheduled' | undefined
    >();
    expectTypeOf<PostalAddress>().toEqualTypeOf<{
      streetAddress?: string | undefined;
      postalCode?: string | undefined;
      locality: string;
      region?: string | undefined;
      country: string;
    }>();
  });

  test('Organization, CaseStudy, Persona, KeywordCluster, ContentCalendar', () => {
    expectTypeOf<Organization['areaServed']>().toEqualTypeOf<string[]>();
    expectTypeOf<Organization['address']>().toEqualTypeOf<PostalAddress>();
    expectTypeOf<CaseStudy['fictional']>().toEqualTypeOf<boolean>();
    expectTypeOf<CaseStudy['company']>().toEqualTypeOf<{
      name: string;
      sector: string;
      employees: number;
      region?: string | undefined;
    }>();
    expectTypeOf<CaseStudy['costs']>().toEqualTypeOf<
      { oneOff?: number | undefined; monthly?: number | undefined } | undefined
    >();
    expectTypeOf<Persona>().toEqualTypeOf<{
      id: string;
      name: string;
      description: string;
      painPoints: string[];
      typicalQuestions: string[];
      locale: string;
    }>();
    expectTypeOf<KeywordCluster['intent']>().toEqualTypeOf<BlogPost['intent']>();
    expectTypeOf<ContentCalendar['weeks'][number]>().toEqualTypeOf<{
      week: number;
      blog: {
        title: string;
        intent: Intent;
        slug?: string | undefined;
        cluster?: string | undefined;
      };
      faqUpdate: string;
    }>();
  });

  test('LintFinding', () => {
    expectTypeOf<LintFinding['severity']>().toEqualTypeOf<'error' | 'warning'>();
    expectTypeOf<LintFinding['message']>().toEqualTypeOf<string>();
  });
});
