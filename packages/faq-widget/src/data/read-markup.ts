import type { FaqCategory, FaqItem } from '@aira/content-schema';
import { fold } from '../fold.js';
import { htmlToMarkdown } from './html-to-markdown.js';

/** The feed data read from pre-rendered markup, still to be validated. */
export interface MarkupData {
  version: 1;
  locale: string;
  items: FaqItem[];
  categories?: FaqCategory[];
}

function slug(text: string): string {
  return (
    fold(text)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'vraag'
  );
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Reads pre-rendered `<details><summary>question</summary>answer</details>` children (any
 * depth, `id` and `data-category`/`data-category-label` optional), as renderFaqHtml writes
 * them; `undefined` when there are none. Loaded on demand: only pages with such markup need it.
 */
export function readMarkup(host: HTMLElement, locale: string): MarkupData | undefined {
  const seen = new Set<string>();
  const categories = new Map<string, FaqCategory>();
  const items: FaqItem[] = [];
  for (const details of host.querySelectorAll('details')) {
    // A <details> inside an answer is part of that answer, not a question of its own.
    if (details.parentElement?.closest('details')) continue;
    const summary = details.querySelector(':scope > summary');
    const question = summary?.textContent?.replace(/\s+/g, ' ').trim();
    if (!summary || !question) continue;
    let id = SLUG.test(details.id) ? details.id : slug(question);
    for (let n = 2; seen.has(id); n++) id = `${id.replace(/-\d+$/, '')}-${n}`;
    seen.add(id);
    const answer = htmlToMarkdown(Array.from(details.childNodes).filter((n) => n !== summary));
    const item: FaqItem = { id, question, answer };
    if (details.lang && details.lang !== locale) item.locale = details.lang;
    const category = details.dataset.category;
    if (category && SLUG.test(category)) {
      item.category = category;
      if (!categories.has(category)) {
        categories.set(category, {
          id: category,
          label: details.dataset.categoryLabel || category,
        });
      }
    }
    items.push(item);
  }
  if (!items.length) return undefined;
  const data: MarkupData = { version: 1, locale, items };
  if (categories.size) data.categories = [...categories.values()];
  return data;
}
