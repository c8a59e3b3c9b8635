/**
 * The HTML tags Google reads in `Answer.text` (FAQPage documentation, checked 2026-11-22):
 * `<h1>`–`<h6>`, `<br>`, `<ol>`, `<ul>`, `<li>`, `<a>`, `<p>`, `<div>`, `<b>`, `<strong>`,
 * `<i>` and `<em>`. Other tags are ignored there.
 */
export const GOOGLE_ANSWER_TAGS: readonly string[] = [
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'br',
  'ol',
  'ul',
  'li',
  'a',
  'p',
  'div',
  'b',
  'strong',
  'i',
  'em',
];

const ALLOWED = new Set(GOOGLE_ANSWER_TAGS);
const TAG = /<\/?([A-Za-z][A-Za-z0-9-]*)\b[^>]*>/g;

/** The names of tags in an HTML string that Google does not read in `Answer.text`. */
export function disallowedAnswerTags(html: string): string[] {
  const found = new Set<string>();
  for (const match of html.matchAll(TAG)) {
    const name = (match[1] ?? '').toLowerCase();
    if (!ALLOWED.has(name)) found.add(name);
  }
  return [...found];
}

/**
 * Keeps the tags Google allows in `Answer.text` and unwraps the others (their text stays).
 * The input is `renderAnswer` output, which is well-formed and already escapes raw HTML;
 * this only guards against that renderer learning a tag (e.g. `<code>`) Google ignores.
 */
export function toGoogleAnswerHtml(html: string): string {
  return html.replace(TAG, (tag, name: string) => (ALLOWED.has(name.toLowerCase()) ? tag : ''));
}
