import type { GoogleProfile } from './types.js';

/** Organization and every subtype (OnlineStore, Corporation…): logo and details in Search; nothing is required. */
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
      expects: { logo: ['ImageObject', 'URL'], url: ['URL'], sameAs: ['URL'] },
    },
  ],
};
