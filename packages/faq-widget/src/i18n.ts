import { en } from './strings-en.js';

/**
 * Every text the widget shows or announces. Placeholders in braces are filled in:
 * `{count}`, `{total}`, `{query}`, `{status}`. Override any of them with the element's
 * `strings` property or attribute.
 */
export interface FaqStrings {
  /** Accessible name of the search field. */
  searchLabel: string;
  /** Placeholder of the search field. */
  searchPlaceholder: string;
  /** Accessible name of the category buttons' group. */
  categoriesLabel: string;
  /** The chip that shows every category. */
  allCategories: string;
  expandAll: string;
  collapseAll: string;
  /** Announced after a search or filter when exactly one question matches. */
  resultsOne: string;
  /** Announced after a search or filter: `{count}` of `{total}` questions match. */
  resultsMany: string;
  /** Shown and announced when nothing matches; `{query}` is what was typed. */
  noResults: string;
  loading: string;
  /** The feed could not be fetched (network, HTTP `{status}`). */
  loadError: string;
  /** The feed did not arrive within the element's `timeout`. */
  timeoutError: string;
  /** The feed was fetched but is not a valid FAQ feed. */
  invalidError: string;
  retry: string;
}

/** The two built-in languages. */
export type FaqLanguage = 'nl' | 'en';

export const nl: FaqStrings = {
  searchLabel: 'Zoek in de veelgestelde vragen',
  searchPlaceholder: 'Bijvoorbeeld: prijs, AVG',
  categoriesLabel: 'Onderwerpen',
  allCategories: 'Alle onderwerpen',
  expandAll: 'Alles openen',
  collapseAll: 'Alles sluiten',
  resultsOne: '1 van {total} vragen gevonden',
  resultsMany: '{count} van {total} vragen gevonden',
  noResults: 'Geen vragen gevonden voor ‘{query}’.',
  loading: 'Vragen laden…',
  loadError:
    'De vragen konden niet worden geladen{status}. Controleer uw verbinding en probeer het opnieuw.',
  timeoutError: 'Het laden van de vragen duurde te lang. Probeer het opnieuw.',
  invalidError: 'De vragen konden niet worden getoond, omdat het bestand met vragen fouten bevat.',
  retry: 'Opnieuw proberen',
};

/** The built-in strings per language. */
export const FAQ_STRINGS: Readonly<Record<FaqLanguage, Readonly<FaqStrings>>> = { nl, en };

/** Picks the built-in language for a BCP 47 tag: English for `en*`, Dutch otherwise. */
export function languageOf(lang: string | null | undefined): FaqLanguage {
  return /^en\b/i.test(lang?.trim() ?? '') ? 'en' : 'nl';
}

/** The strings for a language tag, with the caller's overrides on top (unknown keys ignored). */
export function resolveStrings(
  lang: string | null | undefined,
  overrides?: Partial<FaqStrings> | null,
): FaqStrings {
  return withOverrides(FAQ_STRINGS[languageOf(lang)], overrides);
}

/** `base` with the caller's overrides on top (unknown keys and non-strings ignored). */
export function withOverrides(
  base: FaqStrings,
  overrides?: Partial<FaqStrings> | null,
): FaqStrings {
  const result = { ...base };
  for (const key of Object.keys(base) as Array<keyof FaqStrings>) {
    const value = overrides?.[key];
    if (typeof value === 'string') result[key] = value;
  }
  return result;
}

/** Fills `{name}` placeholders; unknown ones are left as they are. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** The result count: "1 van 40 vragen gevonden" or "{count} van {total} …" in the strings' language. */
export function resultsText(s: FaqStrings, count: number, total: number): string {
  return format(count === 1 ? s.resultsOne : s.resultsMany, { count, total });
}
