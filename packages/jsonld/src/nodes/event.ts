import {
  type Organization as ContentOrganization,
  pagePath,
  type TrainingOffer,
  type Workshop,
} from '@aira/content-schema';
import type {
  EducationEvent,
  ItemAvailability,
  Place,
  VirtualLocation,
  WithContext,
} from 'schema-dts';
import { prune } from '../json.js';
import { fragmentId, type NodeOptions, pageUrl } from '../options.js';
import { priceOffer } from './offer.js';
import { organizationNode } from './organization.js';
import { postalAddress } from './postal-address.js';

/** Options for {@link event}. */
export interface EventOptions extends NodeOptions {
  /** The training this workshop is an instance of: its description and price fill the gaps. */
  offer?: TrainingOffer;
  /** Who organises the workshop (embedded as `organizer`). */
  organizer?: ContentOrganization;
}

const STATUS = {
  scheduled: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  postponed: 'https://schema.org/EventPostponed',
  rescheduled: 'https://schema.org/EventRescheduled',
} as const;

const ATTENDANCE = {
  offline: 'https://schema.org/OfflineEventAttendanceMode',
  online: 'https://schema.org/OnlineEventAttendanceMode',
  mixed: 'https://schema.org/MixedEventAttendanceMode',
} as const;

/** SoldOut at 0 seats, LimitedAvailability at 20% of the seats or fewer, else InStock. */
export function seatAvailability(seats: Workshop['seats']): ItemAvailability {
  if (seats.remaining <= 0) return 'https://schema.org/SoldOut';
  if (seats.remaining * 5 <= seats.total) return 'https://schema.org/LimitedAvailability';
  return 'https://schema.org/InStock';
}

/**
 * A dated workshop as a schema.org `EducationEvent` (an `Event`): start and end as written
 * in the content (ISO 8601 with offset; see {@link amsterdamDateTime}), the venue as a
 * `Place` and/or the online URL as a `VirtualLocation`, the attendance mode, the status, and
 * an offer whose availability follows the remaining seats.
 *
 * `@id` is `{page}#event` with `{page}` = the workshop's `url`, else `{baseUrl}` + the
 * `workshop` page path (default `/agenda/{id}`; see `DEFAULT_PAGE_PATHS` and `paths`).
 *
 * @example
 * ```ts
 * event(workshop, { baseUrl: 'https://example.nl', offer, organizer: aira });
 * ```
 */
export function event(workshop: Workshop, options: EventOptions = {}): WithContext<EducationEvent> {
  const url = pageUrl(
    options,
    workshop.url,
    pagePath('workshop', { id: workshop.id }, options.paths),
  );
  const place: Place | undefined = workshop.location && {
    '@type': 'Place',
    name: workshop.location.name,
    address: postalAddress(workshop.location.address),
  };
  const virtual: VirtualLocation | undefined =
    workshop.onlineUrl === undefined
      ? undefined
      : { '@type': 'VirtualLocation', url: workshop.onlineUrl };
  const locations = [place, virtual].filter((location) => location !== undefined);
  const price = workshop.price ?? options.offer?.price;
  return prune({
    '@context': 'https://schema.org',
    '@type': 'EducationEvent',
    '@id': fragmentId(url, 'event'),
    url,
    name: workshop.name,
    description: workshop.description ?? options.offer?.description,
    inLanguage: workshop.locale,
    startDate: workshop.start,
    endDate: workshop.end,
    eventStatus: STATUS[workshop.status ?? 'scheduled'],
    eventAttendanceMode: ATTENDANCE[workshop.attendance],
    location: locations.length > 1 ? locations : locations[0],
    maximumAttendeeCapacity: workshop.seats.total,
    remainingAttendeeCapacity: workshop.seats.remaining,
    organizer: options.organizer && organizationNode(options.organizer, options),
    offers:
      price &&
      priceOffer(price, {
        url,
        locale: workshop.locale,
        availability: seatAvailability(workshop.seats),
      }),
  }) as WithContext<EducationEvent>;
}
