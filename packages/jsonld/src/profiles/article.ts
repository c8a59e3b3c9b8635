import type { GoogleProfile } from './types.js';

/** Article rich result (Article and every subtype: BlogPosting, NewsArticle…). Nothing is required. */
export const articleProfile: GoogleProfile = {
  id: 'article',
  feature: 'Article',
  source: 'https://developers.google.com/search/docs/appearance/structured-data/article',
  checked: '2026-11-22',
  status: 'active',
  types: ['Article'],
  rules: [
    {
      types: ['Article'],
      required: [],
      recommended: ['headline', 'image', 'datePublished', 'dateModified', 'author', 'author.name'],
      expects: { author: ['Person', 'Organization'], image: ['ImageObject', 'URL'] },
    },
  ],
};
