// Decides which link targets survive renderAnswer. Browsers drop tabs and newlines inside URLs
// and trim control characters, so `jav\tascript:` would run; character references would be
// decoded by the HTML parser, so `jav&#x09;ascript:` would too. Both are refused outright,
// and the renderer escapes `&` in every href as a second line of defence.
const ALLOWED_SCHEMES = /^(?:https?|mailto|tel)$/i;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
// Also refused: spaces and control characters, i.e. any code unit outside U+0021–U+007E and
// U+00A0 onwards.
const UNSAFE_CHARACTERS = /["'<>\\`]|&#|&[a-z0-9]+;|[^\x21-\x7e\xa0-\uffff]/i;

/** How a link target is treated: dropped, kept as a same-site link, or kept and marked external. */
export type UrlKind = 'unsafe' | 'internal' | 'external';

export function classifyUrl(url: string): UrlKind {
  if (url === '' || UNSAFE_CHARACTERS.test(url)) return 'unsafe';
  const scheme = SCHEME.exec(url)?.[1];
  if (scheme !== undefined) {
    if (!ALLOWED_SCHEMES.test(scheme)) return 'unsafe';
    return /^https?$/i.test(scheme) ? 'external' : 'internal';
  }
  // A colon before the first / ? # would let a browser read a scheme that we did not.
  if (/^[^/?#]*:/.test(url)) return 'unsafe';
  return url.startsWith('//') ? 'external' : 'internal';
}
