import { type FaqFeed, type RenderedAnswer, renderAnswer } from '@aira/content-schema';
import { fold } from '../fold.js';

/** One question as the element shows it. */
export interface FaqEntry {
  id: string;
  question: string;
  /** The answer's Markdown, rendered by {@link rendered} when first needed. */
  answer: string;
  category: string | undefined;
  /** Set when the item's locale differs from the feed's. */
  lang: string | undefined;
  /** Folded question, answer text and tags, searched on every keystroke. */
  readonly haystack: string;
}

// Link targets and emphasis marks are not text a reader sees (renderAnswer drops them).
const MARKUP = /\]\([^)]*\)|[*_\\[\]]/g;

/**
 * The entries of a validated feed. Answers are rendered later, by the batch that shows them,
 * so that a feed of thousands does not hold up the first questions.
 */
export function toEntries(feed: FaqFeed): FaqEntry[] {
  return feed.items.map((item) => {
    let haystack: string | undefined;
    return {
      id: item.id,
      question: item.question,
      answer: item.answer,
      category: item.category,
      lang: item.locale && item.locale !== feed.locale ? item.locale : undefined,
      // Folded when a search first needs it: a long feed nobody searches is never folded.
      get haystack() {
        haystack ??= fold(
          `${item.question}\n${item.answer.replace(MARKUP, '')}\n${item.tags?.join(' ') ?? ''}`,
        );
        return haystack;
      },
    };
  });
}

const renders = new WeakMap<FaqEntry, RenderedAnswer>();

/** The entry's answer through renderAnswer (the only markup the widget inserts), once. */
export function rendered(entry: FaqEntry): RenderedAnswer {
  let result = renders.get(entry);
  if (!result) {
    result = renderAnswer(entry.answer);
    renders.set(entry, result);
  }
  return result;
}
