import { type FaqStrings, languageOf, nl } from './i18n.js';
import { onDemand } from './on-demand.js';

// Dutch is in aira-faq.js; English comes the first time an English element asks.
const english = onDemand(
  'the English texts',
  () => import('./strings-en.js').then((module) => module.en),
  nl,
);

/**
 * The built-in strings for a language tag. Dutch is always there; until English has loaded
 * this returns `undefined` and calls `ready` once it is there.
 */
export function builtInStrings(lang: string, ready: () => void): FaqStrings | undefined {
  return languageOf(lang) === 'nl' ? nl : english.get(ready);
}

/** Resolves when English texts being loaded have arrived; `undefined` when none are loading. */
export const stringsLoading = (): Promise<unknown> | undefined => english.pending();
