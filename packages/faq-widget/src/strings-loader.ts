import { type FaqStrings, languageOf, nl } from './i18n.js';

type English = typeof import('./strings-en.js');

let english: FaqStrings | undefined;
let loading: Promise<unknown> | undefined;

/**
 * The built-in strings for a language tag. Dutch is always there; English is loaded the first
 * time an English element asks, and until then this returns `undefined` and calls `ready`
 * once it is there.
 */
export function builtInStrings(lang: string, ready: () => void): FaqStrings | undefined {
  if (languageOf(lang) === 'nl') return nl;
  if (english) return english;
  loading ??= import('./strings-en.js').then(
    (module: English) => {
      english = module.en;
    },
    (error) => {
      console.warn(`[@aira/faq-widget] could not load the English texts (${String(error)}).`);
      english = nl;
    },
  );
  void loading.then(ready);
  return undefined;
}

/** Resolves when English texts being loaded have arrived; `undefined` when none are loading. */
export function stringsLoading(): Promise<unknown> | undefined {
  return english ? undefined : loading;
}
