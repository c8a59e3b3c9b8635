import { JsonLdError } from './errors.js';
import { serializeJsonLd } from './serialize.js';

const JSON_LD_TYPE = 'application/ld+json';

/**
 * The part of a Trusted Types policy that {@link injectJsonLd} uses: in Chromium under
 * `require-trusted-types-for 'script'`, a script element's text is a sink that only accepts
 * a `TrustedScript`. Pass `trustedTypes.createPolicy('aira-jsonld', { createScript: (s) => s })`
 * (the input is already escaped by {@link serializeJsonLd}, so an identity policy is safe).
 */
export interface TrustedScriptPolicy {
  createScript(input: string): unknown;
}

/** Options for {@link injectJsonLd}. */
export interface InjectOptions {
  /** The element's `id`: one element per id; injecting again replaces its content. */
  id: string;
  /** CSP nonce for the element, if the page's CSP asks for one. */
  nonce?: string;
  /** Trusted Types policy used to wrap the script text; without it, a plain string is set. */
  policy?: TrustedScriptPolicy;
}

function isJsonLdScript(element: Element): element is HTMLScriptElement {
  return element.localName === 'script' && element.getAttribute('type') === JSON_LD_TYPE;
}

function checkId(id: unknown, fn: string): asserts id is string {
  if (typeof id !== 'string' || id.trim() === '') {
    throw new JsonLdError(
      'invalid-option',
      `${fn} needs a non-empty string id, received ${JSON.stringify(id) ?? String(id)}; pass e.g. { id: 'aira-faq-jsonld' }`,
    );
  }
}

/**
 * Adds a `<script type="application/ld+json">` with the given `id` to `document.head`, or
 * replaces the content of the one already there: calling it twice with the same id leaves
 * one element. Returns the element. The text is serialized with {@link serializeJsonLd}
 * before the DOM is touched, so invalid data leaves the page unchanged.
 *
 * The text is written through `textContent`; pass `policy` on pages that enforce
 * Trusted Types.
 *
 * @example
 * ```ts
 * const policy = window.trustedTypes?.createPolicy('aira-jsonld', { createScript: (s) => s });
 * injectJsonLd(document, faqPage(feed, { baseUrl: 'https://example.nl' }), {
 *   id: 'aira-faq-jsonld',
 *   policy,
 * });
 * ```
 */
export function injectJsonLd(
  document: Document,
  data: unknown,
  options: InjectOptions,
): HTMLScriptElement {
  checkId(options?.id, 'injectJsonLd');
  const text = serializeJsonLd(data);
  const existing = document.getElementById(options.id);
  if (existing && !isJsonLdScript(existing)) {
    throw new JsonLdError(
      'dom',
      `injectJsonLd: the page already has a <${existing.localName}> with id "${options.id}"; choose an id that only the JSON-LD script uses`,
    );
  }
  let script = existing as HTMLScriptElement | null;
  if (!script) {
    if (!document.head) {
      throw new JsonLdError('dom', 'injectJsonLd: the document has no <head> to add the script to');
    }
    script = document.createElement('script');
    script.setAttribute('type', JSON_LD_TYPE);
    script.id = options.id;
  }
  if (options.nonce !== undefined) script.setAttribute('nonce', options.nonce);
  // textContent accepts a TrustedScript in browsers with Trusted Types, but the DOM typings
  // only know strings: hence the widened target type.
  (script as { textContent: unknown }).textContent = options.policy
    ? options.policy.createScript(text)
    : text;
  if (!script.isConnected) document.head.append(script);
  return script;
}

/**
 * Removes the JSON-LD script with the given id. Returns `true` when an element was removed,
 * `false` when there was none. Leaves elements that are not JSON-LD scripts alone.
 */
export function removeJsonLd(document: Document, id: string): boolean {
  checkId(id, 'removeJsonLd');
  const element = document.getElementById(id);
  if (!element || !isJsonLdScript(element)) return false;
  element.remove();
  return true;
}
