import type { FaqFeed } from '@aira/content-schema';
import { faqPage, injectJsonLd, removeJsonLd, serializeJsonLd } from '@aira/jsonld';
import { mergeFeeds, OWN_SCRIPT_ID, pageHasOwnFaqPage } from './jsonld-page.js';
import { jsonScriptPolicy } from './trusted-types.js';

// One registry per page: every <aira-faq jsonld> reports its feed here, and one microtask
// later one merged FAQPage script is written, or rewritten only when its text changed.
const members = new Map<object, FaqFeed>();
let written = '';
let scheduled = false;

/** Adds (`feed`) or removes (`undefined`) one element's questions from the page's FAQPage. */
export function setPageFeed(owner: object, feed: FaqFeed | undefined): void {
  if (feed) members.set(owner, feed);
  else members.delete(owner);
  if (scheduled) return;
  scheduled = true;
  queueMicrotask(flushSafely);
}

function clear(): void {
  if (written) removeJsonLd(document, OWN_SCRIPT_ID);
  written = '';
}

function flush(): void {
  scheduled = false;
  const merged = mergeFeeds([...members.values()]);
  if (!merged || pageHasOwnFaqPage()) {
    clear();
    return;
  }
  // The FAQPage describes the page the widgets are on, whatever the feeds' own url says.
  const url = location.href.replace(/#.*$/, '');
  const data = faqPage({ ...merged, url });
  const text = serializeJsonLd(data);
  if (text === written && document.getElementById(OWN_SCRIPT_ID)) return;
  const policy = jsonScriptPolicy();
  injectJsonLd(document, data, { id: OWN_SCRIPT_ID, ...(policy ? { policy } : {}) });
  written = text;
}

function flushSafely(): void {
  try {
    flush();
  } catch (error) {
    // Structured data is an extra: a failure here must never break the questions on screen.
    console.warn(`[@aira/faq-widget] could not write the FAQPage JSON-LD (${String(error)}).`);
  }
}
