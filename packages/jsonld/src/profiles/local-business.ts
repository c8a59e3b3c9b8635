import type { GoogleProfile } from './types.js';

/**
 * Local business (knowledge panel details for a business with an address), for LocalBusiness
 * and every subtype (Restaurant, Store, Dentist…), departments included.
 */
export const localBusinessProfile: GoogleProfile = {
  id: 'local-business',
  feature: 'Local business',
  source: 'https://developers.google.com/search/docs/appearance/structured-data/local-business',
  checked: '2026-11-30',
  status: 'active',
  types: ['LocalBusiness'],
  rules: [
    {
      types: ['LocalBusiness'],
      required: ['name', 'address'],
      recommended: ['url', 'telephone', 'geo', 'openingHoursSpecification', 'priceRange', 'image'],
      expects: { address: ['PostalAddress'], department: ['LocalBusiness'] },
    },
  ],
};
