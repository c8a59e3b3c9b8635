// Human descriptions for the JSON Schema files. They live here, not in the zod schemas, so
// the widget's bundle (which validates feeds) does not carry these strings.
import type * as z from 'zod/mini';
import { BlogPostFrontmatterSchema, BlogPostSchema } from '../schemas/blog-post';
import { CaseStudySchema } from '../schemas/case-study';
import { ContentCalendarSchema } from '../schemas/content-calendar';
import { FaqFeedSchema } from '../schemas/faq-feed';
import { FaqCategorySchema, FaqItemSchema } from '../schemas/faq-item';
import { KeywordClusterSchema } from '../schemas/keyword-cluster';
import { OrganizationSchema } from '../schemas/organization';
import { PersonaSchema } from '../schemas/persona';
import { PostalAddressSchema } from '../schemas/postal-address';
import { PriceSchema } from '../schemas/price';
import { TrainingOfferSchema } from '../schemas/training-offer';
import { WorkshopSchema } from '../schemas/workshop';
import { MODEL_TYPES } from './model-descriptions';

/** Every content type with a JSON Schema, in a stable order; also the file names. */
export const JSON_SCHEMA_TYPES = [
  'faq-feed',
  'faq-item',
  'faq-category',
  'blog-post-frontmatter',
  'blog-post',
  'price',
  'postal-address',
  'training-offer',
  'workshop',
  'organization',
  'case-study',
  'persona',
  'keyword-cluster',
  'content-calendar',
  'step-plan',
  'roadmap',
  'competence-framework',
  'budget-split',
  'author',
] as const;
/** A content type that has a JSON Schema, e.g. `'faq-feed'` or `'blog-post-frontmatter'`. */
export type JsonSchemaType = (typeof JSON_SCHEMA_TYPES)[number];

/** A content type's schema with its title and field descriptions. */
export interface Described {
  schema: z.ZodMiniType;
  title: string;
  description: string;
  fields: Record<string, string>;
}

const LOCALE = 'BCP 47 language tag; Dutch ("nl-NL") by default, English ("en") works too.';
const INTENT = 'Search intent: "informatief", "transactioneel" or "lokaal".';

/** One JSON Schema per content type: file name (kebab-case) → schema, title and field descriptions. */
export const TYPES: Record<JsonSchemaType, Described> = {
  'faq-feed': {
    schema: FaqFeedSchema,
    title: 'AIRA FAQ feed (version 1)',
    description:
      'The public FAQ feed read by <aira-faq src> and partner sites. See docs/feed-format.md.',
    fields: {
      version: 'Feed format version. Always 1; readers refuse other versions.',
      locale: `Default language of all items. ${LOCALE}`,
      title: 'Title of the FAQ, e.g. "Veelgestelde vragen over AI-training".',
      url: 'Absolute URL of the page that shows this FAQ.',
      updated: 'When the feed last changed: ISO 8601 date or date-time.',
      categories: 'Topics. When present, every item.category must be one of these ids.',
      items: 'The questions and answers; ids are unique within the feed.',
    },
  },
  'faq-item': {
    schema: FaqItemSchema,
    title: 'AIRA FAQ item',
    description: 'One question with its answer.',
    fields: {
      id: 'Unique, stable slug; used as the URL hash (#id) and in the JSON-LD @id.',
      question: 'The question, plain text.',
      answer:
        'The answer in a Markdown subset (paragraphs, line breaks, *em*, **strong**, [links](url), lists); raw HTML is shown as text.',
      category: 'Id of one of the feed categories.',
      tags: 'Free keywords for search.',
      locale: `Overrides the feed locale. ${LOCALE}`,
      updated: 'When the item last changed: ISO 8601 date or date-time.',
      related: 'Ids of related items in the same feed.',
    },
  },
  'faq-category': {
    schema: FaqCategorySchema,
    title: 'AIRA FAQ category',
    description: 'A topic that groups FAQ items.',
    fields: {
      id: 'Slug referenced by item.category.',
      label: 'Name shown to readers.',
      description: 'Optional explanation.',
    },
  },
  'blog-post-frontmatter': {
    schema: BlogPostFrontmatterSchema,
    title: 'AIRA blog post frontmatter',
    description: 'The YAML frontmatter of an AIRA blog post (Markdown file).',
    fields: {
      slug: 'URL slug of the post, e.g. "ai-training-mkb".',
      title: 'Title; search results show about 60 characters.',
      description: 'Meta description; 50–160 characters show in full in search results.',
      date: 'Publication date: ISO 8601 date or date-time.',
      updated: 'Last update: ISO 8601 date or date-time, not before date.',
      author:
        'Id of an author (authors/*.json), checked when the authors are known; otherwise the name of the author.',
      faqRefs:
        'Ids of FAQ feed items shown after faq in the same block; every id must exist in the feed, and faq plus faqRefs hold 3–5 questions.',
      category: 'Category, e.g. "AI Training".',
      tags: 'Tags.',
      intent: INTENT,
      cluster: 'Id of the keyword cluster the post targets.',
      regions: 'Region terms, e.g. ["Amsterdam", "Randstad"].',
      locale: LOCALE,
      image: 'Cover image: absolute http(s) URL or a path starting with "/".',
      readMore: '"Verder lezen": internal links to other posts, by slug.',
      faq: 'The FAQ block at the end of the post: 3–5 questions (checked by the linter).',
    },
  },
  'blog-post': {
    schema: BlogPostSchema,
    title: 'AIRA blog post',
    description: 'A blog post as data: the frontmatter fields plus the Markdown body.',
    fields: { body: 'The Markdown body.' },
  },
  price: {
    schema: PriceSchema,
    title: 'AIRA price',
    description: 'A price in euros, excluding 21% VAT unless vatIncluded.',
    fields: {
      amount: 'Euros, at most 2 decimals; the lower bound when maxAmount is set.',
      maxAmount:
        'Upper bound of a price range (at least amount); the usual top when orMore is set.',
      orMore:
        'True when the price can be higher: "from amount" without maxAmount, "amount to maxAmount or more" with it. Absent means the price is exact or the range closed.',
      currency: 'Always "EUR".',
      per: 'What the price is for: "person", "session" or "group".',
      vatIncluded: 'True when the amount includes VAT; default false.',
    },
  },
  'postal-address': {
    schema: PostalAddressSchema,
    title: 'AIRA postal address',
    description: 'A postal address.',
    fields: {
      country: 'ISO 3166-1 alpha-2 code, e.g. "NL".',
      postalCode: 'Dutch postal codes look like "1012 AB".',
    },
  },
  'training-offer': {
    schema: TrainingOfferSchema,
    title: 'AIRA training offer',
    description: 'A training AIRA offers: format, duration, delivery, group size and price.',
    fields: {
      format:
        'inspiration-session (1–2 h), half-day (3–4 h), full-day (6–8 h), masterclass or series.',
      durationHours: 'Duration range in hours; min <= max.',
      sessions: 'Number of days or meetings, for a series.',
      delivery: 'How it is given; at least one.',
      groupSize: 'Participants range; min <= max.',
      phase: 'Phase of the trajectory: awareness, implementation or optimization.',
      supportDaysAfter: 'Days of support after the training, e.g. 30.',
    },
  },
  workshop: {
    schema: WorkshopSchema,
    title: 'AIRA workshop (dated event)',
    description: 'A dated training event, an instance of a training offer.',
    fields: {
      offerId: 'Id of the training offer this event is an instance of.',
      start: 'Start: ISO 8601 date-time with offset, e.g. "2026-03-28T10:00:00+01:00".',
      end: 'End: ISO 8601 date-time with offset, after start.',
      attendance: 'offline (needs location), online (needs onlineUrl) or mixed (needs both).',
      seats: 'Seats: remaining <= total.',
      price: "Overrides the offer's price.",
    },
  },
  organization: {
    schema: OrganizationSchema,
    title: 'AIRA organization',
    description: 'An organization, e.g. AIRA itself.',
    fields: {
      areaServed: 'Areas served, e.g. ["Nederland"].',
      sameAs: 'Profiles elsewhere (absolute URLs).',
    },
  },
  'case-study': {
    schema: CaseStudySchema,
    title: 'AIRA case study',
    description: 'A customer case. A fictional case must say so.',
    fields: {
      fictional: 'Required: true for an invented case, false for a real customer.',
      results: 'Results as metrics, with before/after where known.',
      costs: 'Costs in euros (excl. VAT): one-off and monthly.',
    },
  },
  persona: {
    schema: PersonaSchema,
    title: 'AIRA persona',
    description: 'A reader the content is written for.',
    fields: {},
  },
  'keyword-cluster': {
    schema: KeywordClusterSchema,
    title: 'AIRA keyword cluster',
    description: 'A group of search keywords with one intent.',
    fields: { intent: INTENT },
  },
  'content-calendar': {
    schema: ContentCalendarSchema,
    title: 'AIRA content calendar',
    description: 'Twelve weeks, each with one blog post and one FAQ update.',
    fields: {
      start: 'Monday of week 1: ISO date.',
      weeks: 'Exactly 12 weeks, numbered 1–12, each once.',
    },
  },
  ...MODEL_TYPES,
};
