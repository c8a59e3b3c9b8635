import type { GoogleProfile } from './types.js';

/**
 * Course list rich result: courses from one site, on a summary page (ItemList of ListItem urls)
 * or an all-in-one page (ItemList of ListItem items that are Courses). English courses only.
 */
export const courseListProfile: GoogleProfile = {
  id: 'course-list',
  feature: 'Course list',
  source: 'https://developers.google.com/search/docs/appearance/structured-data/course',
  checked: '2026-11-22',
  status: 'active',
  types: ['Course'],
  languages: ['en'],
  rules: [
    {
      types: ['Course'],
      required: ['name', 'description'],
      recommended: ['provider', 'provider.name'],
      expects: { provider: ['Organization'] },
    },
  ],
};
