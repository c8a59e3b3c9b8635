/**
 * The language of an element's UI: its own or its nearest ancestor's `lang`, else the page's,
 * else `fallback` (the feed's locale), else Dutch.
 */
export function uiLanguage(element: Element, fallback?: string): string {
  return (
    element.closest('[lang]')?.getAttribute('lang') ||
    document.documentElement.lang ||
    fallback ||
    'nl'
  );
}

/** The locale for data that brings none (items, markup): `lang` when it is a valid tag, else nl-NL. */
export function dataLocale(lang: string): string {
  return /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(lang) ? lang : 'nl-NL';
}
