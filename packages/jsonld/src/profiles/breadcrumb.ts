import type { GoogleProfile } from './types.js';

/** Breadcrumb trail shown instead of the URL in a result. */
export const breadcrumbProfile: GoogleProfile = {
  id: 'breadcrumb',
  feature: 'Breadcrumb',
  source: 'https://developers.google.com/search/docs/appearance/structured-data/breadcrumb',
  checked: '2026-11-22',
  status: 'active',
  types: ['BreadcrumbList'],
  rules: [
    { types: ['BreadcrumbList'], required: ['itemListElement'], recommended: [] },
    { types: ['ListItem'], required: ['position', 'name'], recommended: ['item'] },
  ],
  checks: ['two-crumbs'],
};
