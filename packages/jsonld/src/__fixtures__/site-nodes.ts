import { blogPosting } from '../nodes/blog-posting.js';
import { breadcrumbList } from '../nodes/breadcrumb-list.js';
import { course } from '../nodes/course.js';
import { event } from '../nodes/event.js';
import { faqPage } from '../nodes/faq-page.js';
import { howTo } from '../nodes/how-to.js';
import { localBusiness } from '../nodes/local-business.js';
import { organization } from '../nodes/organization.js';
import { webSite } from '../nodes/web-site.js';
import { aira, awarenessOffer, BASE_URL, offer, post, stepPlan, workshop } from './content.js';

/** One node of every generator, as a whole site would publish them, for graph-level tests. */
export function siteNodes() {
  const options = { baseUrl: BASE_URL };
  return [
    webSite({ name: 'AIRA', locale: 'nl-NL', publisher: aira }, options),
    organization(aira, options),
    localBusiness(aira, options),
    blogPosting(post, { ...options, publisher: aira }),
    faqPage(post, options),
    course(offer, { ...options, provider: aira }),
    event(workshop, { ...options, offer: awarenessOffer, organizer: aira }),
    howTo(stepPlan, options),
    breadcrumbList(
      [
        { name: 'Home', url: '/' },
        { name: 'Blog', url: '/blog' },
      ],
      options,
    ),
  ];
}
