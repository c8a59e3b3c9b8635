import type { FaqStrings } from './i18n.js';

// Apart from i18n.ts so that the single-file bundle loads English only on English pages.
export const en: FaqStrings = {
  searchLabel: 'Search the frequently asked questions',
  searchPlaceholder: 'For example: workshop, GDPR',
  categoriesLabel: 'Topics',
  allCategories: 'All topics',
  expandAll: 'Expand all',
  collapseAll: 'Collapse all',
  resultsOne: '1 of {total} questions found',
  resultsMany: '{count} of {total} questions found',
  noResults: 'No questions found for ‘{query}’.',
  loading: 'Loading questions…',
  loadError: 'The questions could not be loaded{status}. Check your connection and try again.',
  timeoutError: 'Loading the questions took too long. Please try again.',
  invalidError: 'The questions could not be shown because the question file contains errors.',
  retry: 'Try again',
};
