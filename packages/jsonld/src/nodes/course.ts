import {
  type Organization as ContentOrganization,
  pagePath,
  type TrainingOffer,
} from '@aira/content-schema';
import type { Course, CourseInstance, WithContext } from 'schema-dts';
import { isoDuration } from '../helpers/decimal.js';
import { prune } from '../json.js';
import { fragmentId, type NodeOptions, pageUrl } from '../options.js';
import { priceOffer } from './offer.js';
import { organizationNode } from './organization.js';

/** Options for {@link course}. */
export interface CourseOptions extends NodeOptions {
  /** Who gives the training (embedded as `provider`). */
  provider?: ContentOrganization;
}

// schema.org's courseMode values; in-company and open enrolment both happen on site.
const COURSE_MODE: Record<TrainingOffer['delivery'][number], string> = {
  'in-company': 'Onsite',
  'open-enrolment': 'Onsite',
  online: 'Online',
  hybrid: 'Blended',
};

/**
 * A training offer as a schema.org `Course`: `offers` with the price as a decimal string,
 * currency EUR and whether VAT is included, and one `CourseInstance` per way of delivery
 * (`courseMode` Onsite/Online/Blended) with the workload as an ISO 8601 duration (the upper
 * bound of `durationHours`).
 *
 * `@id` is `{page}#course` with `{page}` = the offer's `url`, else `{baseUrl}` + the
 * `training` page path (default `/trainingen/{id}`; see `DEFAULT_PAGE_PATHS` and `paths`).
 *
 * @example
 * ```ts
 * course(offer, { baseUrl: 'https://example.nl', provider: aira });
 * ```
 */
export function course(offer: TrainingOffer, options: CourseOptions = {}): WithContext<Course> {
  const url = pageUrl(options, offer.url, pagePath('training', { id: offer.id }, options.paths));
  const modes = [...new Set(offer.delivery.map((delivery) => COURSE_MODE[delivery]))];
  return prune({
    '@context': 'https://schema.org',
    '@type': 'Course',
    '@id': fragmentId(url, 'course'),
    url,
    name: offer.name,
    description: offer.description,
    inLanguage: offer.locale,
    provider: options.provider && organizationNode(options.provider, options),
    offers: [{ ...priceOffer(offer.price, { url, locale: offer.locale }), category: 'Paid' }],
    hasCourseInstance: modes.map(
      (courseMode): CourseInstance => ({
        '@type': 'CourseInstance',
        courseMode,
        courseWorkload: isoDuration(offer.durationHours.max),
        courseSchedule:
          offer.sessions === undefined
            ? undefined
            : { '@type': 'Schedule', repeatCount: offer.sessions },
      }),
    ),
  }) as WithContext<Course>;
}
