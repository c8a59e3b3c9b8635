import type { GoogleProfile } from './types.js';

const EVENT_TYPES = [
  'Event',
  'EducationEvent',
  'BusinessEvent',
  'SocialEvent',
  'Festival',
  'ExhibitionEvent',
] as const;

/**
 * Event rich result. Google shows it only for events at a physical venue that the public can
 * book or attend (the `physical-venue` check); online-only sessions are not eligible.
 */
export const eventProfile: GoogleProfile = {
  id: 'event',
  feature: 'Event',
  source: 'https://developers.google.com/search/docs/appearance/structured-data/event',
  checked: '2026-11-22',
  status: 'active',
  types: EVENT_TYPES,
  rules: [
    {
      types: EVENT_TYPES,
      required: ['name', 'startDate', 'location'],
      recommended: [
        'description',
        'endDate',
        'eventStatus',
        'eventAttendanceMode',
        'image',
        'organizer',
        'offers',
        'offers.price',
        'offers.priceCurrency',
        'offers.availability',
        'offers.url',
      ],
    },
  ],
  checks: ['physical-venue'],
};
