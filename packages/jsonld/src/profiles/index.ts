import { articleProfile } from './article.js';
import { breadcrumbProfile } from './breadcrumb.js';
import { courseInfoProfile } from './course-info.js';
import { courseListProfile } from './course-list.js';
import { eventProfile } from './event.js';
import { faqProfile } from './faq.js';
import { howToProfile } from './how-to.js';
import { localBusinessProfile } from './local-business.js';
import { organizationProfile } from './organization.js';
import { siteNameProfile } from './site-name.js';
import type { GoogleProfile } from './types.js';

/** Every Google feature the validator knows, one file each under `profiles/`. */
export const GOOGLE_PROFILES: readonly GoogleProfile[] = [
  faqProfile,
  articleProfile,
  courseListProfile,
  courseInfoProfile,
  eventProfile,
  howToProfile,
  localBusinessProfile,
  organizationProfile,
  breadcrumbProfile,
  siteNameProfile,
];
