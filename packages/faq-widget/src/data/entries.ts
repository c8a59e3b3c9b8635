import { type FaqFeed, renderAnswer } from '@aira/content-schema';
import { fold } from '../fold.js';

/** One question as the element shows it: the answer already rendered by renderAnswer. */
export interface FaqEntry {
  id: string;
  question: string;
  /** renderAnswer's HTML: the only markup the widget inserts. */
  html: string;
  /** renderAnswer's plain text, for search. */
  text: string;
  category: string | undefined;
  /** Set when the item's locale differs from the feed's. */
  lang: string | undefined;
  /** Folded question, answer and tags, searched on every keystroke. */
  haystack: string;
}

/** Renders every answer of a validated feed once, up front. */
export function toEntries(feed: FaqFeed): FaqEntry[] {
  return feed.items.map((item) => {
    const { html, text } = renderAnswer(item.answer);
    return {
      id: item.id,
      question: item.question,
      html,
      text,
      category: item.category,
      lang: item.locale && item.locale !== feed.locale ? item.locale : undefined,
      haystack: fold(`${item.question}\n${text}\n${item.tags?.join('\n') ?? ''}`),
    };
  });
}
