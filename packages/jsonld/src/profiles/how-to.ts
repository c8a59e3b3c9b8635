import type { GoogleProfile } from './types.js';

/** How-to rich result: retired by Google in 2023. */
export const howToProfile: GoogleProfile = {
  id: 'how-to',
  feature: 'How-to rich result',
  source: 'https://developers.google.com/search/blog/2023/08/howto-faq-changes',
  checked: '2026-11-22',
  status: 'retired',
  statusNote:
    'Google Search no longer shows How-to rich results (mobile from August 2023, desktop from 13 September 2023). The HowTo markup stays valid schema.org for other engines.',
  types: ['HowTo'],
  rules: [
    {
      types: ['HowTo'],
      required: ['name', 'step'],
      recommended: [],
      expects: { step: ['HowToStep', 'HowToSection', 'Text'] },
    },
    // A step is its text, or a list of HowToDirection and HowToTip that carry the text.
    { types: ['HowToStep'], required: ['text|itemListElement'], recommended: [] },
    { types: ['HowToSection'], required: ['name', 'itemListElement'], recommended: [] },
    { types: ['HowToDirection', 'HowToTip'], required: ['text'], recommended: [] },
  ],
};
