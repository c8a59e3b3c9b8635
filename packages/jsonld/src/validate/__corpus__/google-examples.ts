// Google Search Central's documented examples, one per documented case, written by us as
// JSON from the facts each page shows (names, types, properties). Each entry was checked on
// 2026-11-30 against the stored copy of its source page (a search index, not the live site):
// `verified: true` means that page text was found and its example uses the same types and
// properties as `data`; `verified: false` means it was not (or only partly, or only through a
// third-party copy), and `note` says what could not be confirmed. Several entries were first
// written from memory of Google's examples; the unverified ones may still differ in detail.
// `validate/corpus.test.ts` requires 0 errors on every one, and derives broken copies.

/** One documented example, with what was done to confirm it. */
export type CorpusExample = {
  /** Profile id the example documents. */
  profile: string;
  /** What the example shows. */
  name: string;
  /** The Google Search Central page that documents the case. */
  source: string;
  /** Day the source page was looked up (in a stored copy of the page text, not the live site). */
  checked: '2026-11-30';
  data: Record<string, unknown>;
} & (
  | {
      /** The stored page text was found and its example uses the same types and properties. */
      verified: true;
      /** Any detail of the example that was still not seen. */
      note?: string;
    }
  | {
      /** The example could not be confirmed against Google's own page text. */
      verified: false;
      /** One line: what could not be confirmed, and what was seen instead. */
      note: string;
    }
);

const DOCS = 'https://developers.google.com/search/docs/appearance/structured-data';
const CHECKED = '2026-11-30' as const;
const ctx = 'https://schema.org';

const address = (street: string, locality: string, postalCode: string, country: string) => ({
  '@type': 'PostalAddress',
  streetAddress: street,
  addressLocality: locality,
  postalCode,
  addressCountry: country,
});

export const GOOGLE_EXAMPLES: readonly CorpusExample[] = [
  {
    profile: 'faq',
    name: 'FAQPage with two questions',
    source: `${DOCS}/faqpage`,
    checked: CHECKED,
    verified: true,
    note: "the first question and its answer are on the stored page; the second question's wording was not seen",
    data: {
      '@context': ctx,
      '@type': 'FAQPage',
      mainEntity: [
        {
          '@type': 'Question',
          name: 'How to find an apprenticeship?',
          acceptedAnswer: {
            '@type': 'Answer',
            text: '<p>We provide an official service to search through available apprenticeships.</p>',
          },
        },
        {
          '@type': 'Question',
          name: 'Whom to contact?',
          acceptedAnswer: { '@type': 'Answer', text: 'You can contact the apprenticeship office.' },
        },
      ],
    },
  },
  {
    profile: 'article',
    name: 'NewsArticle with images, dates and two authors',
    source: `${DOCS}/article`,
    checked: CHECKED,
    verified: true,
    data: {
      '@context': ctx,
      '@type': 'NewsArticle',
      headline: 'Title of a News Article',
      image: [
        'https://example.com/photos/1x1/photo.jpg',
        'https://example.com/photos/4x3/photo.jpg',
        'https://example.com/photos/16x9/photo.jpg',
      ],
      datePublished: '2024-01-05T08:00:00+08:00',
      dateModified: '2024-02-05T09:20:00+08:00',
      author: [
        { '@type': 'Person', name: 'Jane Doe', url: 'https://example.com/profile/janedoe123' },
        { '@type': 'Person', name: 'John Doe', url: 'https://example.com/profile/johndoe123' },
      ],
    },
  },
  {
    profile: 'article',
    name: 'BlogPosting by an Organization author',
    source: `${DOCS}/article`,
    checked: CHECKED,
    verified: false,
    note: 'the stored article page shows one example (NewsArticle with Person authors); no BlogPosting or Organization-author example was found',
    data: {
      '@context': ctx,
      '@type': 'BlogPosting',
      headline: 'Title of a blog post',
      image: ['https://example.com/photos/16x9/photo.jpg'],
      datePublished: '2024-01-05T08:00:00+08:00',
      author: { '@type': 'Organization', name: 'Example Blog', url: 'https://example.com' },
    },
  },
  {
    profile: 'organization',
    name: 'Organization with logo, address, contact details and identifiers',
    source: `${DOCS}/organization`,
    checked: CHECKED,
    verified: false,
    note: 'the stored Google page text ends before its JSON; only a third-party copy of the example was seen (same types and properties, plus addressRegion)',
    data: {
      '@context': ctx,
      '@type': 'Organization',
      image: 'https://www.example.com/example_image.jpg',
      url: 'https://www.example.com',
      sameAs: ['https://example.net/profile/example1234', 'https://example.org/example1234'],
      logo: 'https://www.example.com/images/logo.png',
      name: 'Example Corporation',
      description: 'The example corporation is well-known for producing high-quality widgets',
      email: 'contact@example.com',
      telephone: '+47-99-999-9999',
      address: address('Rue Improbable 99', 'Paris', '75001', 'FR'),
      vatID: 'FR12345678901',
      iso6523Code: '0199:724500PMK2A2M1SQQ228',
    },
  },
  {
    profile: 'organization',
    name: 'OnlineStore with a return policy',
    source: `${DOCS}/organization`,
    checked: CHECKED,
    verified: false,
    note: "only the start of Google's OnlineStore example and a third-party copy were seen; return policy fields aligned with that copy",
    data: {
      '@context': ctx,
      '@type': 'OnlineStore',
      name: 'Example Online Store',
      url: 'https://www.example.com',
      logo: 'https://www.example.com/assets/images/logo.png',
      contactPoint: {
        '@type': 'ContactPoint',
        contactType: 'Customer Service',
        email: 'support@example.com',
      },
      hasMerchantReturnPolicy: {
        '@type': 'MerchantReturnPolicy',
        applicableCountry: ['FR', 'CH'],
        returnPolicyCategory: 'https://schema.org/MerchantReturnFiniteReturnWindow',
        merchantReturnDays: 60,
        returnPolicyCountry: 'FR',
        returnMethod: 'https://schema.org/ReturnByMail',
        returnFees: 'https://schema.org/FreeReturn',
        refundType: 'https://schema.org/FullRefund',
      },
    },
  },
  {
    profile: 'local-business',
    name: 'Restaurant (a LocalBusiness subtype) with geo, hours and cuisine',
    source: `${DOCS}/local-business`,
    checked: CHECKED,
    verified: false,
    note: 'the stored page text shows the example up to geo (Restaurant, PostalAddress, Review, Rating, Person); hours, cuisine, menu and reservations seen only in a third-party copy',
    data: {
      '@context': ctx,
      '@type': 'Restaurant',
      image: ['https://example.com/photos/1x1/photo.jpg'],
      name: "Dave's Steak House",
      address: address('148 W 51st St', 'New York', '10019', 'US'),
      review: {
        '@type': 'Review',
        reviewRating: { '@type': 'Rating', ratingValue: 4, bestRating: 5 },
        author: { '@type': 'Person', name: 'Lillian Ruiz' },
      },
      geo: { '@type': 'GeoCoordinates', latitude: 40.761293, longitude: -73.982294 },
      url: 'https://www.example.com/restaurant-locations/manhattan',
      telephone: '+12122459600',
      servesCuisine: 'American',
      priceRange: '$$$',
      openingHoursSpecification: [
        {
          '@type': 'OpeningHoursSpecification',
          dayOfWeek: ['Monday', 'Tuesday'],
          opens: '11:30',
          closes: '22:00',
        },
      ],
      menu: 'https://www.example.com/menu',
      acceptsReservations: 'True',
    },
  },
  {
    profile: 'local-business',
    name: 'Store with departments (a Pharmacy inside)',
    source: `${DOCS}/local-business`,
    checked: CHECKED,
    verified: false,
    note: 'the Store example with a Pharmacy department was not found in the stored page text',
    data: {
      '@context': ctx,
      '@type': 'Store',
      image: ['https://example.com/photos/1x1/photo.jpg'],
      name: "Dave's Department Store",
      address: address('1600 Saratoga Ave', 'San Jose', '95129', 'US'),
      geo: { '@type': 'GeoCoordinates', latitude: 37.293058, longitude: -121.988331 },
      url: 'https://www.example.com/store-locator/sl/San-Jose-Westgate-Store/1427',
      priceRange: '$$$',
      telephone: '+14088717984',
      department: {
        '@type': 'Pharmacy',
        image: ['https://example.com/photos/1x1/photo.jpg'],
        name: "Dave's Pharmacy",
        address: address('1600 Saratoga Ave', 'San Jose', '95129', 'US'),
        priceRange: '$',
        telephone: '+14088719385',
      },
    },
  },
  {
    profile: 'course-list',
    name: 'Course list, summary page: an ItemList of course URLs',
    source: `${DOCS}/course`,
    checked: CHECKED,
    verified: false,
    note: 'the stored course page text ends before its summary-page ItemList example',
    data: {
      '@context': ctx,
      '@type': 'ItemList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, url: 'https://www.example.com/courses#intro-to-cs' },
        {
          '@type': 'ListItem',
          position: 2,
          url: 'https://www.example.com/courses#intermediate-cs',
        },
      ],
    },
  },
  {
    profile: 'course-list',
    name: 'Course list, all-in-one page: an ItemList of Courses',
    source: `${DOCS}/course`,
    checked: CHECKED,
    verified: false,
    note: 'the stored course page text ends before its all-in-one ItemList example',
    data: {
      '@context': ctx,
      '@type': 'ItemList',
      itemListElement: [
        {
          '@type': 'ListItem',
          position: 1,
          item: {
            '@type': 'Course',
            url: 'https://www.example.com/courses#intro-to-cs',
            name: 'Introduction to Computer Science and Programming',
            description: 'This is an introductory CS course laying out the basics.',
            provider: {
              '@type': 'Organization',
              name: 'University of Technology - Example',
              sameAs: 'https://www.example.com',
            },
          },
        },
        {
          '@type': 'ListItem',
          position: 2,
          item: {
            '@type': 'Course',
            url: 'https://www.example.com/courses#intermediate-cs',
            name: 'Intermediate Computer Science and Programming',
            description:
              'This is a CS course that builds on the basics learned in the Introduction course.',
            provider: {
              '@type': 'Organization',
              name: 'University of Technology - Example',
              sameAs: 'https://www.example.com',
            },
          },
        },
      ],
    },
  },
  {
    profile: 'course-list',
    name: 'Course detail page of a Course list',
    source: `${DOCS}/course`,
    checked: CHECKED,
    verified: true,
    data: {
      '@context': ctx,
      '@type': 'Course',
      name: 'Introduction to Computer Science and Programming',
      description: 'Introductory CS course laying out the basics.',
      provider: {
        '@type': 'Organization',
        name: 'University of Technology - Eureka',
        sameAs: 'https://www.example.com',
      },
    },
  },
  {
    profile: 'course-info',
    name: 'Course info: a Course with offers and a CourseInstance (retired feature)',
    source: `${DOCS}/course-info`,
    checked: CHECKED,
    verified: false,
    note: 'the stored course-info page was found, but its example JSON was not reached',
    data: {
      '@context': ctx,
      '@type': 'Course',
      name: 'Introduction to Computer Science and Programming',
      description: 'Introductory CS course laying out the basics.',
      inLanguage: 'en',
      provider: {
        '@type': 'Organization',
        name: 'University of Technology - Eureka',
        sameAs: 'https://www.example.com',
      },
      offers: [{ '@type': 'Offer', category: 'Paid', priceCurrency: 'EUR', price: 10.99 }],
      hasCourseInstance: [
        { '@type': 'CourseInstance', courseMode: 'Online', courseWorkload: 'P2D' },
      ],
    },
  },
  {
    profile: 'event',
    name: 'Event at a physical venue, with offers, performer and organizer',
    source: `${DOCS}/event`,
    checked: CHECKED,
    verified: false,
    note: 'the stored page text shows the example up to location; the rest (image, offers, performer, organizer) seen only in third-party copies',
    data: {
      '@context': ctx,
      '@type': 'Event',
      name: 'The Adventures of Kira and Morrison',
      startDate: '2025-07-21T19:00-05:00',
      endDate: '2025-07-21T23:00-05:00',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      eventStatus: 'https://schema.org/EventScheduled',
      location: {
        '@type': 'Place',
        name: 'Snickerpark Stadium',
        address: address('100 West Snickerpark Dr', 'Snickertown', '19019', 'US'),
      },
      image: ['https://example.com/photos/1x1/photo.jpg'],
      description:
        'The Adventures of Kira and Morrison is coming to Snickertown in a can’t miss performance.',
      offers: {
        '@type': 'Offer',
        url: 'https://www.example.com/event_offer/12345_202403180430',
        price: 30,
        priceCurrency: 'USD',
        availability: 'https://schema.org/InStock',
        validFrom: '2024-05-21T12:00',
      },
      performer: { '@type': 'PerformingGroup', name: 'Kira and Morrison' },
      organizer: {
        '@type': 'Organization',
        name: 'Kira and Morrison Music',
        url: 'https://kiraandmorrisonmusic.com',
      },
    },
  },
  {
    profile: 'event',
    name: 'MusicEvent (an Event subtype)',
    source: `${DOCS}/event`,
    checked: CHECKED,
    verified: false,
    note: 'no MusicEvent example was found in the stored page text',
    data: {
      '@context': ctx,
      '@type': 'MusicEvent',
      name: 'The Adventures of Kira and Morrison',
      startDate: '2025-07-21T19:00-05:00',
      location: {
        '@type': 'Place',
        name: 'Snickerpark Stadium',
        address: address('100 West Snickerpark Dr', 'Snickertown', '19019', 'US'),
      },
    },
  },
  {
    profile: 'event',
    name: 'Cancelled event',
    source: `${DOCS}/event`,
    checked: CHECKED,
    verified: false,
    note: "seen only in a third-party copy of Google's cancelled-event example",
    data: {
      '@context': ctx,
      '@type': 'Event',
      name: 'The Adventures of Kira and Morrison',
      startDate: '2025-07-21T19:00',
      endDate: '2025-07-21T23:00',
      eventStatus: 'https://schema.org/EventCancelled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: {
        '@type': 'Place',
        name: 'Snickerpark Stadium',
        address: address('100 West Snickerpark Dr', 'Snickertown', '19019', 'US'),
      },
    },
  },
  {
    profile: 'event',
    name: 'Rescheduled event with its previous start date',
    source: `${DOCS}/event`,
    checked: CHECKED,
    verified: false,
    note: "seen only in a third-party copy of Google's rescheduled-event example",
    data: {
      '@context': ctx,
      '@type': 'Event',
      name: 'The Adventures of Kira and Morrison',
      startDate: '2025-07-21T19:00',
      endDate: '2025-07-21T23:00',
      previousStartDate: '2025-03-21T19:00',
      eventStatus: 'https://schema.org/EventRescheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: {
        '@type': 'Place',
        name: 'Snickerpark Stadium',
        address: address('100 West Snickerpark Dr', 'Snickertown', '19019', 'US'),
      },
    },
  },
  {
    profile: 'event',
    name: 'Online event with a VirtualLocation',
    source: `${DOCS}/event`,
    checked: CHECKED,
    verified: false,
    note: "seen only in a third-party copy of Google's online-event example",
    data: {
      '@context': ctx,
      '@type': 'Event',
      name: 'The Adventures of Kira and Morrison',
      startDate: '2025-07-21T19:00-05:00',
      endDate: '2025-07-21T23:00-05:00',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      location: { '@type': 'VirtualLocation', url: 'https://operaonline.stream5.com/' },
      organizer: {
        '@type': 'Organization',
        name: 'Kira and Morrison Music',
        url: 'https://kiraandmorrisonmusic.com',
      },
    },
  },
  {
    profile: 'breadcrumb',
    name: 'Single trail, item as URL, no item on the last crumb',
    source: `${DOCS}/breadcrumb`,
    checked: CHECKED,
    verified: false,
    note: 'the stored breadcrumb page text ends before its JSON examples',
    data: {
      '@context': ctx,
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Books', item: 'https://example.com/books' },
        {
          '@type': 'ListItem',
          position: 2,
          name: 'Science Fiction',
          item: 'https://example.com/books/sciencefiction',
        },
        { '@type': 'ListItem', position: 3, name: 'Award Winners' },
      ],
    },
  },
  {
    profile: 'breadcrumb',
    name: 'Multiple trails on one page',
    source: `${DOCS}/breadcrumb`,
    checked: CHECKED,
    verified: false,
    note: 'the stored breadcrumb page text ends before its JSON examples; only the former microdata version of the two trails was seen, in a third-party copy',
    data: {
      '@context': ctx,
      '@graph': [
        {
          '@type': 'BreadcrumbList',
          itemListElement: [
            { '@type': 'ListItem', position: 1, name: 'Books', item: 'https://example.com/books' },
            {
              '@type': 'ListItem',
              position: 2,
              name: 'Science Fiction',
              item: 'https://example.com/books/sciencefiction',
            },
            { '@type': 'ListItem', position: 3, name: 'Award Winners' },
          ],
        },
        {
          '@type': 'BreadcrumbList',
          itemListElement: [
            {
              '@type': 'ListItem',
              position: 1,
              name: 'Literature',
              item: 'https://example.com/literature',
            },
            { '@type': 'ListItem', position: 2, name: 'Award Winners' },
          ],
        },
      ],
    },
  },
  {
    profile: 'breadcrumb',
    name: 'Crumbs whose name sits on an item object with @id',
    source: `${DOCS}/breadcrumb`,
    checked: CHECKED,
    verified: false,
    note: 'seen only in third-party copies of a former Google example (item objects with @id, name and image)',
    data: {
      '@context': ctx,
      '@type': 'BreadcrumbList',
      itemListElement: [
        {
          '@type': 'ListItem',
          position: 1,
          item: { '@id': 'https://example.com/books', name: 'Books' },
        },
        {
          '@type': 'ListItem',
          position: 2,
          item: { '@id': 'https://example.com/books/authors', name: 'Authors' },
        },
        {
          '@type': 'ListItem',
          position: 3,
          item: { '@id': 'https://example.com/books/authors/annleckie', name: 'Ann Leckie' },
        },
      ],
    },
  },
  {
    profile: 'how-to',
    name: 'HowTo with steps made of HowToDirection and HowToTip lists (retired feature)',
    source: `${DOCS}/how-to`,
    checked: CHECKED,
    verified: false,
    note: 'the retired how-to page is stored but its example JSON was not reached; structure follows a third-party copy of the former example',
    data: {
      '@context': ctx,
      '@type': 'HowTo',
      name: 'How to tile a kitchen backsplash',
      totalTime: 'PT20M',
      supply: [{ '@type': 'HowToSupply', name: 'tiles' }],
      tool: [{ '@type': 'HowToTool', name: 'notched trowel' }],
      step: [
        {
          '@type': 'HowToStep',
          url: 'https://example.com/kitchen#step1',
          name: 'Prepare the surfaces',
          itemListElement: [
            { '@type': 'HowToDirection', text: 'Turn off the power to the kitchen.' },
            { '@type': 'HowToTip', text: 'You can use a sponge to clean the wall.' },
          ],
        },
        {
          '@type': 'HowToStep',
          name: 'Apply the adhesive',
          text: 'Spread the adhesive with the notched trowel.',
        },
      ],
    },
  },
  {
    profile: 'how-to',
    name: 'HowTo with a HowToSection of steps',
    source: `${DOCS}/how-to`,
    checked: CHECKED,
    verified: false,
    note: 'the retired how-to page is stored but its example JSON was not reached; no HowToSection example was seen',
    data: {
      '@context': ctx,
      '@type': 'HowTo',
      name: 'How to change a flat tire',
      step: [
        {
          '@type': 'HowToSection',
          name: 'Preparation',
          position: 1,
          itemListElement: [
            { '@type': 'HowToStep', position: 1, text: 'Park on flat ground.' },
            { '@type': 'HowToStep', position: 2, text: 'Loosen the lug nuts.' },
          ],
        },
      ],
    },
  },
  {
    profile: 'site-name',
    name: 'WebSite with name, alternate name and url',
    source: 'https://developers.google.com/search/docs/appearance/site-names',
    checked: CHECKED,
    verified: false,
    note: 'the stored site-names page text ends before its WebSite example',
    data: {
      '@context': ctx,
      '@type': 'WebSite',
      name: 'Example Company',
      alternateName: 'EC',
      url: 'https://example.com/',
    },
  },
];
