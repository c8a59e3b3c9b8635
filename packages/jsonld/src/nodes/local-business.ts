import type { Organization as ContentOrganization } from '@aira/content-schema';
import type { LocalBusinessLeaf, OpeningHoursSpecification, WithContext } from 'schema-dts';
import { prune } from '../json.js';
import { type NodeOptions, pageUrl } from '../options.js';
import { organizationId } from './organization.js';
import { postalAddress } from './postal-address.js';

/** A day of the week as schema.org names it. */
export type DayName =
  | 'Monday'
  | 'Tuesday'
  | 'Wednesday'
  | 'Thursday'
  | 'Friday'
  | 'Saturday'
  | 'Sunday';

/** Options for {@link localBusiness}: what a visitor needs that the content model lacks. */
export interface LocalBusinessOptions extends NodeOptions {
  /** Photo of the office or logo; defaults to the organization's logo. */
  image?: string;
  /** e.g. `'€€'` */
  priceRange?: string;
  geo?: { latitude: number; longitude: number };
  /** e.g. `[{ days: ['Monday', 'Friday'], opens: '09:00', closes: '17:30' }]` */
  openingHours?: readonly { days: readonly DayName[]; opens: string; closes: string }[];
}

/**
 * AIRA's office as a schema.org `LocalBusiness`: address, contact details and the area it
 * serves (all of the Netherlands, not only Amsterdam). `@id` is
 * `{organization url}/#localbusiness`, next to the organization's `#organization`.
 *
 * @example
 * ```ts
 * localBusiness(aira, { baseUrl: 'https://example.nl', priceRange: '€€' });
 * ```
 */
export function localBusiness(
  org: ContentOrganization,
  options: LocalBusinessOptions = {},
): WithContext<LocalBusinessLeaf> {
  const image = options.image ?? org.logo;
  return prune({
    '@context': 'https://schema.org',
    '@type': 'LocalBusiness',
    '@id': organizationId(org).replace(/#organization$/, '#localbusiness'),
    name: org.name,
    url: org.url,
    image: image === undefined ? undefined : pageUrl(options, image, ''),
    description: org.description,
    email: org.email,
    telephone: org.telephone,
    address: postalAddress(org.address),
    areaServed: [...org.areaServed],
    priceRange: options.priceRange,
    geo: options.geo && {
      '@type': 'GeoCoordinates',
      latitude: options.geo.latitude,
      longitude: options.geo.longitude,
    },
    openingHoursSpecification: options.openingHours?.map(
      (hours): OpeningHoursSpecification => ({
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: hours.days.map((day) => `https://schema.org/${day}` as const),
        opens: hours.opens,
        closes: hours.closes,
      }),
    ),
    sameAs: org.sameAs ? [...org.sameAs] : undefined,
  }) as WithContext<LocalBusinessLeaf>;
}
