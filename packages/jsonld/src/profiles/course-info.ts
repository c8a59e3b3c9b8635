import type { GoogleProfile } from './types.js';

/** Course info rich result (Course with CourseInstance and offers): retired by Google. */
export const courseInfoProfile: GoogleProfile = {
  id: 'course-info',
  feature: 'Course info',
  source: 'https://developers.google.com/search/blog/2025/06/simplifying-search-results',
  checked: '2026-11-22',
  status: 'retired',
  statusNote:
    'Google retired the Course info rich result in 2025 (its documentation and Rich Results Test support were removed in September 2025). Offers and CourseInstances stay valid schema.org for other engines.',
  types: ['Course'],
  // A Course with offers or course instances, not one listed in a Course list's ItemList.
  triggers: ['hasCourseInstance', 'offers'],
  notWithin: ['ItemList'],
  // Retired: its former requirements no longer decide anything, so none are checked.
  rules: [],
};
