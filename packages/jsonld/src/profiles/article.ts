import type { GoogleProfile } from './types.js';

/** Article rich result (Article, BlogPosting, NewsArticle). Google requires no property. */
export const articleProfile: GoogleProfile = {
  id: 'article',
  feature: 'Article',
  source: 'https://developers.google.com/search/docs/appearance/structured-data/article',
  checked: '2026-11-22',
  status: 'active',
  types: ['Article', 'BlogPosting', 'NewsArticle'],
  rules: [
    {
      types: ['Article', 'BlogPosting', 'NewsArticle'],
      required: [],
      recommended: ['headline', 'image', 'datePublished', 'dateModified', 'author', 'author.name'],
    },
  ],
};
