import type { FaqFeed } from '@aira/content-schema';
import { faqPage, removeJsonLd, serializeJsonLd, type TrustedScriptPolicy } from '@aira/jsonld';
import { mergeFeeds, OWN_SCRIPT_ID, pageHasOwnFaqPage, STRUCTURED_DATA } from './jsonld-page.js';

// One registry per page: every <aira-faq jsonld> reports its feed here, and one microtask
// later one merged FAQPage script is written, or rewritten only when its text changed.
const members = new Map<object, { feed: FaqFeed; answers: ReadonlyMap<string, string> }>();
let written = '';
let scheduled = false;

let watcher: MutationObserver | undefined;
let policy: TrustedScriptPolicy | undefined;

/**
 * Adds (`feed`) or removes (`undefined`) one element's questions from the page's FAQPage.
 * `answers` holds the answer HTML the element already rendered, by id, so it is not rendered
 * again. `scriptPolicy` is the element's Trusted Types policy, passed in because this module
 * is loaded on demand and must not create a second policy of the same name.
 */
export function setPageFeed(
  owner: object,
  feed: FaqFeed | undefined,
  answers: ReadonlyMap<string, string> = new Map(),
  scriptPolicy?: TrustedScriptPolicy,
): void {
  policy = scriptPolicy;
  if (feed) members.set(owner, { feed, answers });
  else members.delete(owner);
  watchPage(members.size > 0);
  schedule();
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  queueMicrotask(flushSafely);
}

/** Whether `node` is (or, with `inside`, holds) structured data that is not our script. */
function isOthersStructuredData(node: Node, inside = true): boolean {
  return (
    node instanceof Element &&
    node.id !== OWN_SCRIPT_ID &&
    (node.matches(STRUCTURED_DATA) || (inside && node.querySelector(STRUCTURED_DATA) !== null))
  );
}

// A tag manager or a single-page app may add (or drop) the page's own FAQPage after ours is
// written; two FAQPages on a page are flagged by search engines, so look again when it does.
function watchPage(on: boolean): void {
  if (!on) {
    watcher?.disconnect();
    watcher = undefined;
    return;
  }
  if (watcher || typeof MutationObserver === 'undefined') return;
  watcher = new MutationObserver((records) => {
    const changed = records.some(
      (record) =>
        // A script whose text is set after it was added is the target of the record.
        isOthersStructuredData(record.target, false) ||
        [...record.addedNodes, ...record.removedNodes].some((node) => isOthersStructuredData(node)),
    );
    if (changed) schedule();
  });
  watcher.observe(document.documentElement, { childList: true, subtree: true });
}

function clear(): void {
  if (written) removeJsonLd(document, OWN_SCRIPT_ID);
  written = '';
}

function flush(): void {
  scheduled = false;
  const all = [...members.values()];
  const merged = mergeFeeds(all.map((member) => member.feed));
  if (!merged || pageHasOwnFaqPage()) {
    clear();
    return;
  }
  // The FAQPage describes the page the widgets are on, whatever the feeds' own url says.
  const url = location.href.replace(/#.*$/, '');
  const renderedAnswers = new Map(all.flatMap((member) => [...member.answers]));
  const text = serializeJsonLd(faqPage({ ...merged, url }, { renderedAnswers }));
  if (text === written && document.getElementById(OWN_SCRIPT_ID)) return;
  write(text);
  written = text;
}

/** Puts the serialized text in our script (made once, in the head): serialized only once. */
function write(text: string): void {
  let script = document.getElementById(OWN_SCRIPT_ID);
  if (!script) {
    script = document.createElement('script');
    script.setAttribute('type', 'application/ld+json');
    script.id = OWN_SCRIPT_ID;
  } else if (script.localName !== 'script') {
    throw new Error(`the page already has a <${script.localName}> with id "${OWN_SCRIPT_ID}"`);
  }
  // textContent takes a TrustedScript where Trusted Types are enforced; the DOM typings
  // only know strings.
  (script as { textContent: unknown }).textContent = policy ? policy.createScript(text) : text;
  if (!script.isConnected) document.head.append(script);
}

function flushSafely(): void {
  try {
    flush();
  } catch (error) {
    // Structured data is an extra: a failure here must never break the questions on screen.
    console.warn(`[@aira/faq-widget] could not write the FAQPage JSON-LD (${String(error)}).`);
  }
}
