import type { GoogleProfile } from './types.js';

/** FAQ rich result (FAQPage, Question, Answer). */
export const faqProfile: GoogleProfile = {
  id: 'faq',
  feature: 'FAQ rich result',
  source: 'https://developers.google.com/search/docs/appearance/structured-data/faqpage',
  checked: '2026-11-22',
  status: 'retired',
  statusNote:
    'Google Search no longer shows FAQ rich results: limited to well-known government and health sites in August 2023, no longer shown at all since 7 May 2026. The FAQPage markup stays valid schema.org and is still read by other search engines and generative engines.',
  types: ['FAQPage'],
  rules: [
    {
      types: ['FAQPage'],
      required: ['mainEntity'],
      recommended: [],
      expects: { mainEntity: ['Question'] },
    },
    {
      types: ['Question'],
      required: ['name', 'acceptedAnswer'],
      recommended: [],
      expects: { acceptedAnswer: ['Answer'] },
    },
    { types: ['Answer'], required: ['text'], recommended: [] },
  ],
  checks: ['answer-html'],
};
