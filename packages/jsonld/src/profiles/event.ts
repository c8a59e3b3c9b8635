import type { GoogleProfile } from './types.js';

/**
 * Event rich result, for Event and every subtype (MusicEvent, EducationEvent…). The location
 * must be a Place (with an address) or a VirtualLocation (with a url), not plain text. Google
 * shows it only for events at a physical venue the public can attend (the `physical-venue`
 * check); cancelled and rescheduled events keep their markup with eventStatus.
 */
export const eventProfile: GoogleProfile = {
  id: 'event',
  feature: 'Event',
  source: 'https://developers.google.com/search/docs/appearance/structured-data/event',
  checked: '2026-11-22',
  status: 'active',
  types: ['Event'],
  // A CourseInstance is an Event in schema.org, but inside a Course it is no event listing.
  notWithin: ['Course'],
  rules: [
    {
      types: ['Event'],
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
      expects: {
        location: ['Place', 'VirtualLocation'],
        organizer: ['Organization', 'Person'],
        image: ['ImageObject', 'URL'],
      },
    },
  ],
  checks: ['physical-venue'],
};
