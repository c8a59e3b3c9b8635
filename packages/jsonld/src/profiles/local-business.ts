import type { GoogleProfile } from './types.js';

const BUSINESS_TYPES = ['LocalBusiness', 'ProfessionalService', 'EducationalOrganization'] as const;

/** Local business (knowledge panel details for a business with an address). */
export const localBusinessProfile: GoogleProfile = {
  id: 'local-business',
  feature: 'Local business',
  source: 'https://developers.google.com/search/docs/appearance/structured-data/local-business',
  checked: '2026-11-22',
  status: 'active',
  types: BUSINESS_TYPES,
  rules: [
    {
      types: BUSINESS_TYPES,
      required: ['name', 'address'],
      recommended: ['url', 'telephone', 'geo', 'openingHoursSpecification', 'priceRange', 'image'],
    },
  ],
};
