import { serializeJsonLd } from './serialize.js';

/** Options for {@link jsonLdScriptTag}. */
export interface ScriptTagOptions {
  /** CSP nonce, written as the `nonce` attribute. */
  nonce?: string;
  /** `id` attribute, e.g. to find and replace the element later. */
  id?: string;
}

const ATTRIBUTE_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '"': '&quot;',
  "'": '&#39;',
  '<': '&lt;',
  '>': '&gt;',
};

/** Escapes a value for a double-quoted HTML attribute. */
export function escapeAttribute(value: string): string {
  return value.replace(/[&"'<>]/g, (char) => ATTRIBUTE_ESCAPES[char] ?? char);
}

/**
 * The whole `<script type="application/ld+json">` element as a string, for server-side
 * rendering and static sites. The content comes from {@link serializeJsonLd}; `nonce` and
 * `id` are attribute-escaped.
 *
 * @example
 * ```ts
 * const html = jsonLdScriptTag(faqPage(feed, { baseUrl: 'https://example.nl' }), { nonce });
 * ```
 */
export function jsonLdScriptTag(data: unknown, options: ScriptTagOptions = {}): string {
  let attributes = ' type="application/ld+json"';
  if (options.id !== undefined) attributes += ` id="${escapeAttribute(options.id)}"`;
  if (options.nonce !== undefined) attributes += ` nonce="${escapeAttribute(options.nonce)}"`;
  return `<script${attributes}>${serializeJsonLd(data)}</script>`;
}
