import type { GoogleProfile } from './types.js';

/** Breadcrumb trail shown instead of the URL in a result; one page may carry several trails. */
export const breadcrumbProfile: GoogleProfile = {
  id: 'breadcrumb',
  feature: 'Breadcrumb',
  source: 'https://developers.google.com/search/docs/appearance/structured-data/breadcrumb',
  checked: '2026-11-30',
  status: 'active',
  types: ['BreadcrumbList'],
  rules: [
    {
      types: ['BreadcrumbList'],
      required: ['itemListElement'],
      recommended: [],
      expects: { itemListElement: ['ListItem'] },
    },
    {
      // Google allows the crumb's name on its item (`item: { "@id": ..., "name": ... }`); the
      // `item` itself is required on every crumb but the last (the `crumb-items` check).
      types: ['ListItem'],
      within: ['BreadcrumbList'],
      required: ['position', 'name|item.name'],
      recommended: [],
      expects: { position: ['Integer'], item: ['URL', 'Thing'] },
    },
  ],
  checks: ['two-crumbs', 'crumb-items'],
};
