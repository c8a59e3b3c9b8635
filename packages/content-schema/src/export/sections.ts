// The sections of llms.txt and llms-full.txt, one entry per content type, in this order.
// A new content type joins with one `section({...})` entry here and its field in SiteContent.
import type { BlogPost } from '../schemas/blog-post';
import type { FaqFeed } from '../schemas/faq-feed';
import type { TrainingOffer } from '../schemas/training-offer';
import type { Workshop } from '../schemas/workshop';
import { trainingFacts, WORDS, workshopFacts } from './labels';
import {
  faqPageUrl,
  faqQuestionsMarkdown,
  postMarkdownBody,
  postPageUrl,
} from './markdown-companions';
import { blocks, oneLine } from './markdown-text';
import { companionUrl, MODEL_PAGES, type ModelPage } from './model-markdown';
import { exportedPost } from './post-sources';
import {
  type ExportContext,
  type ExportLanguage,
  itemPageUrl,
  type SiteContent,
} from './site-content';

/** One link of a section, and what llms-full.txt says under it. */
export interface LlmsEntry {
  title: string;
  /** Absolute URL: the Markdown companion where there is one, else the page. */
  url: string;
  /** One line after the link. */
  description: string;
  /** Markdown for llms-full.txt, headings starting at level 4. */
  content: string;
}

/** A section of the exports. */
export interface LlmsSection {
  id: string;
  title: Record<ExportLanguage, string>;
  entries: (content: SiteContent, context: ExportContext) => LlmsEntry[];
}

interface SectionDefinition<T> {
  id: string;
  title: Record<ExportLanguage, string>;
  items: (content: SiteContent, context: ExportContext) => readonly T[] | undefined;
  /** Order of the links; stable output needs one for every list the site can reorder. */
  compare?: (a: T, b: T) => number;
  entry: (item: T, context: ExportContext, content: SiteContent) => LlmsEntry;
}

function section<T>(definition: SectionDefinition<T>): LlmsSection {
  return {
    id: definition.id,
    title: definition.title,
    entries: (content, context) =>
      [...(definition.items(content, context) ?? [])]
        .sort(definition.compare)
        .map((item) => definition.entry(item, context, content)),
  };
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export const LLMS_SECTIONS: readonly LlmsSection[] = [
  section<FaqFeed>({
    id: 'faq',
    title: WORDS.faq,
    items: (content) => (content.faq && content.faq.items.length > 0 ? [content.faq] : []),
    entry: (feed, context) => {
      const { language } = context;
      const count = feed.items.length;
      const topics = (feed.categories ?? []).map((category) => category.label);
      const about =
        language === 'nl'
          ? `${count} ${count === 1 ? 'vraag' : 'vragen'} met antwoord${topics.length ? ` over ${topics.join(', ')}` : ''}`
          : `${count} question${count === 1 ? '' : 's'} with answers${topics.length ? ` on ${topics.join(', ')}` : ''}`;
      const updated = feed.updated
        ? ` (${WORDS.updated[language]} ${context.longDate(feed.updated)})`
        : '';
      return {
        title: feed.title ?? WORDS.faq[language],
        url: companionUrl(faqPageUrl(feed, context), context) ?? faqPageUrl(feed, context),
        description: `${about}${updated}`,
        content: faqQuestionsMarkdown(feed, context, 4),
      };
    },
  }),
  section<BlogPost>({
    id: 'posts',
    title: WORDS.posts,
    items: (content) => content.posts,
    compare: (a, b) => byText(b.date, a.date) || byText(a.slug, b.slug),
    entry: (post, context, content) => ({
      title: post.title,
      url: `${postPageUrl(post, context)}.md`,
      description: post.description,
      content: postMarkdownBody(exportedPost(post, content, context), context, 4),
    }),
  }),
  section<TrainingOffer>({
    id: 'trainings',
    title: WORDS.trainings,
    items: (content) => content.trainings,
    compare: (a, b) => byText(a.name, b.name) || byText(a.id, b.id),
    entry: (offer, context) => {
      const facts = trainingFacts(offer, context.language);
      return {
        title: offer.name,
        url: itemPageUrl(offer, context.paths.training, context),
        description: facts,
        content: blocks(oneLine(offer.description), `${facts}.`),
      };
    },
  }),
  section<Workshop>({
    id: 'workshops',
    title: WORDS.workshops,
    items: (content) => content.workshops,
    compare: (a, b) => byText(a.start, b.start) || byText(a.id, b.id),
    entry: (workshop, context) => {
      const when = context.longDate(workshop.start);
      const facts = workshopFacts(workshop, context.language);
      return {
        title: workshop.name,
        url: itemPageUrl(workshop, context.paths.workshop, context),
        description: `${when}, ${facts}`,
        content: blocks(
          workshop.description && oneLine(workshop.description),
          `${when}, ${facts}.`,
        ),
      };
    },
  }),
  ...MODEL_PAGES.map((type) =>
    section<ModelPage>({
      id: type.id,
      title: type.title,
      // Each type's pages come sorted by id already.
      items: (content, context) => type.pages(content, context),
      entry: (page, context) => ({
        title: page.title,
        url: companionUrl(page.url, context) ?? page.url,
        description: page.description,
        content: page.body(4),
      }),
    }),
  ),
];
