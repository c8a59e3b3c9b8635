import type { GoogleProfile } from './types.js';

/** Organization (logo and details in Search); Google requires no property. */
export const organizationProfile: GoogleProfile = {
  id: 'organization',
  feature: 'Organization',
  source: 'https://developers.google.com/search/docs/appearance/structured-data/organization',
  checked: '2026-11-22',
  status: 'active',
  types: ['Organization'],
  rules: [
    {
      types: ['Organization'],
      required: [],
      recommended: [
        'name',
        'url',
        'logo',
        'address',
        'description',
        'email',
        'telephone',
        'sameAs',
      ],
    },
  ],
};
