import type { GoogleProfile } from './types.js';

/** Site name shown above results (WebSite on the home page). */
export const siteNameProfile: GoogleProfile = {
  id: 'site-name',
  feature: 'Site name',
  source: 'https://developers.google.com/search/docs/appearance/site-names',
  checked: '2026-11-22',
  status: 'active',
  types: ['WebSite'],
  rules: [{ types: ['WebSite'], required: ['name', 'url'], recommended: ['alternateName'] }],
};
