// Trusted Types: pages that send `require-trusted-types-for 'script'` refuse plain strings in
// innerHTML and in <script> text. The widget writes two kinds of string there, through one
// policy named `aira-faq` that the host allows in its `trusted-types` directive:
// - answer HTML that renderAnswer produced (the policy object never leaves this module, so
//   nothing else can launder a string through createHTML);
// - JSON-LD text, accepted only when it parses as JSON and cannot close its <script>.

/** The name to list in the page's `trusted-types` CSP directive (beside Lit's `lit-html`). */
export const TRUSTED_TYPES_POLICY = 'aira-faq';

interface Policy {
  createHTML(input: string): unknown;
  createScript(input: string): unknown;
}
interface Factory {
  createPolicy(
    name: string,
    rules: { createHTML(input: string): string; createScript(input: string): string },
  ): Policy;
}

let policy: Policy | null | undefined;

/** Accepts a string only when it is JSON that cannot break out of a <script> element. */
export function assertJsonScript(text: string): string {
  if (/<\/script|<!--/i.test(text)) {
    throw new TypeError('[@aira/faq-widget] refused script text containing "</script" or "<!--".');
  }
  JSON.parse(text);
  return text;
}

function getPolicy(): Policy | null {
  if (policy !== undefined) return policy;
  policy = null;
  const factory = (globalThis as { trustedTypes?: Factory }).trustedTypes;
  if (!factory) return policy;
  try {
    policy = factory.createPolicy(TRUSTED_TYPES_POLICY, {
      createHTML: (input) => input,
      createScript: assertJsonScript,
    });
  } catch (error) {
    // The page's CSP does not allow our policy name: answers fall back to plain text.
    console.warn(
      `[@aira/faq-widget] could not create the Trusted Types policy "${TRUSTED_TYPES_POLICY}" (${String(error)}). Add it to the trusted-types directive of your CSP.`,
    );
  }
  return policy;
}

function parse(html: string): DocumentFragment {
  const template = document.createElement('template');
  const trusted = getPolicy()?.createHTML(html) ?? html;
  template.innerHTML = trusted as string;
  return template.content;
}

/** The same `<div class="answer" part="answer">` with the answer's text as paragraphs. */
function textOnly(text: string): HTMLElement {
  const answer = document.createElement('div');
  answer.className = 'answer';
  answer.setAttribute('part', 'answer');
  for (const paragraph of text.split(/\n{2,}/)) {
    const p = document.createElement('p');
    p.textContent = paragraph;
    answer.append(p);
  }
  return answer;
}

/**
 * Builds one `<div class="answer" part="answer">` per rendered answer, parsing all of them in
 * one go (one parse is much faster than hundreds). Where Trusted Types are enforced and our
 * policy is not allowed, answers are shown as plain text rather than not at all.
 */
export function answerElements(
  answers: ReadonlyArray<{ html: string; text: string }>,
): HTMLElement[] {
  let nodes: HTMLElement[];
  try {
    const wrap = (html: string) => `<div class="answer" part="answer">${html}</div>`;
    nodes = Array.from(parse(answers.map((a) => wrap(a.html)).join('')).children) as HTMLElement[];
  } catch {
    nodes = [];
  }
  // renderAnswer's HTML is balanced, so the wrappers line up; if not, never mix answers up.
  if (nodes.length !== answers.length) {
    nodes = answers.map((a) => textOnly(a.text));
  }
  return nodes;
}

/** The JSON-only side of the policy, for @aira/jsonld's injectJsonLd; `undefined` without Trusted Types. */
export function jsonScriptPolicy(): { createScript(input: string): unknown } | undefined {
  const current = getPolicy();
  return current ? { createScript: (input: string) => current.createScript(input) } : undefined;
}
