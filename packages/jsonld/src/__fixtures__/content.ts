// Test content, in Dutch, written for these tests from the facts in DOMAIN.md. The address,
// phone number, author and domain are fictional (example.nl is a reserved example domain).
import type {
  BlogPost,
  FaqFeed,
  Organization,
  TrainingOffer,
  Workshop,
} from '@aira/content-schema';
import type { HowToInput } from '../nodes/how-to.js';

export const BASE_URL = 'https://example.nl';

export const aira: Organization = {
  id: 'aira',
  name: 'AIRA',
  legalName: 'AIRA B.V. (fictief)',
  url: 'https://example.nl',
  logo: '/img/aira-logo.png',
  description: 'AIRA traint teams en leidinggevenden in het mkb om AI goed te gebruiken.',
  email: 'info@example.nl',
  telephone: '+31 20 000 0000',
  address: {
    streetAddress: 'Voorbeeldgracht 1',
    postalCode: '1011 AA',
    locality: 'Amsterdam',
    region: 'Noord-Holland',
    country: 'NL',
  },
  areaServed: ['Nederland'],
  locale: 'nl-NL',
};

export const feed: FaqFeed = {
  version: 1,
  locale: 'nl-NL',
  title: 'Veelgestelde vragen over AI-training',
  url: 'https://example.nl/faq',
  updated: '2026-11-01',
  items: [
    {
      id: 'wat-kost-een-workshop',
      question: 'Wat kost een workshop?',
      answer:
        'Een halve dag in-company begint rond **€ 750**. Zie [onze trainingen](https://example.nl/trainingen).',
      category: 'kosten',
    },
    {
      id: 'hoe-snel-kunnen-we-starten',
      question: 'Hoe snel kunnen we starten?',
      answer:
        'Snel:\n\n- de intake plannen we binnen 1–2 werkdagen;\n- een workshop volgt meestal binnen 2–3 weken.\n\nBinnen een maand leveren kan ook.',
    },
    {
      id: 'do-you-train-in-english',
      question: 'Do you also train in English?',
      answer: 'Yes, every workshop can be given in English.',
      locale: 'en',
      updated: '2026-10-15',
    },
  ],
};

export const post: BlogPost = {
  slug: 'wat-kost-een-ai-workshop',
  title: 'Wat kost een AI-workshop voor het mkb?',
  description: 'Prijzen van AI-workshops in 2026: halve dag, hele dag en trajecten, excl. btw.',
  date: '2026-10-05',
  updated: '2026-11-02',
  author: 'Sanne de Vries',
  category: 'AI Training',
  tags: ['workshop', 'kosten', 'mkb'],
  intent: 'transactioneel',
  cluster: 'workshop-kosten',
  regions: ['Amsterdam', 'Randstad'],
  locale: 'nl-NL',
  faq: [
    {
      question: 'Wat kost een halve dag?',
      answer: 'In-company tussen **€ 750** en € 1.500, excl. btw.',
    },
    { question: 'Is de intake gratis?', answer: 'Ja, de intake van ongeveer een uur is gratis.' },
    { id: 'kan-het-online', question: 'Kan het online?', answer: 'Ja, online of hybride.' },
  ],
  body: 'Een AI-workshop hoeft niet duur te zijn.\n\nIn dit artikel zetten we de prijzen op een rij.',
};

export const offer: TrainingOffer = {
  id: 'ai-implementation-training',
  name: 'AI Implementation Training',
  description: 'Een dag lang AI toepassen op de eigen processen, met 30 dagen ondersteuning erna.',
  locale: 'nl-NL',
  format: 'full-day',
  durationHours: { min: 6, max: 7.5 },
  delivery: ['in-company', 'open-enrolment', 'online'],
  groupSize: { min: 8, max: 15 },
  price: { amount: 495, currency: 'EUR', per: 'person', vatIncluded: false },
  phase: 'implementation',
  supportDaysAfter: 30,
};

export const workshop: Workshop = {
  id: 'ai-awareness-amsterdam-2026-03-28',
  offerId: 'ai-awareness-workshop',
  name: 'AI Awareness Workshop in Amsterdam',
  locale: 'nl-NL',
  start: '2026-03-28T10:00:00+01:00',
  end: '2026-03-28T13:30:00+01:00',
  attendance: 'offline',
  location: {
    name: 'AIRA Trainingslocatie',
    address: {
      streetAddress: 'Voorbeeldgracht 1',
      postalCode: '1011 AA',
      locality: 'Amsterdam',
      country: 'NL',
    },
  },
  seats: { total: 15, remaining: 3 },
  price: { amount: 750, maxAmount: 1500, currency: 'EUR', per: 'session', vatIncluded: false },
};

export const stepPlan: HowToInput = {
  id: 'stappenplan-ai',
  name: 'In 7 stappen van doelen naar opschalen',
  description: 'Het stappenplan waarmee een mkb-bedrijf AI invoert.',
  locale: 'nl-NL',
  totalTime: 'P13W',
  steps: [
    { name: 'Doelen bepalen', text: 'Bepaal welke **bedrijfsdoelen** AI moet dienen.' },
    { name: 'Processen in kaart brengen', text: 'Zoek repetitieve, data-intensieve taken.' },
    { name: 'Use cases prioriteren', text: 'Zet ze op een impact-inspanningmatrix.' },
    { name: 'Data op orde', text: 'Check de datakwaliteit voordat je bouwt.' },
    { name: 'Pilot draaien', text: 'Een pilot duurt 4–8 weken; reserveer 20% van de tijd.' },
    { name: 'Team trainen', text: 'Train gebruikers, verbinders en specialisten.' },
    { name: 'Opschalen', text: 'Breid uit wat werkt en meet het resultaat.' },
  ],
};

export const awarenessOffer: TrainingOffer = {
  id: 'ai-awareness-workshop',
  name: 'AI Awareness Workshop',
  description: 'Een halve dag kennismaken met AI: wat kan het voor jullie team, en waar begin je?',
  locale: 'nl-NL',
  format: 'half-day',
  durationHours: { min: 3, max: 4 },
  delivery: ['in-company', 'open-enrolment'],
  price: { amount: 750, maxAmount: 1500, currency: 'EUR', per: 'session', vatIncluded: false },
  phase: 'awareness',
  supportDaysAfter: 30,
};

/**
 * Views generator output as plain JSON for assertions: schema-dts types are unions (with
 * strings, roles and read-only arrays) that tests do not need to narrow one by one.
 */
export function plain<T = Record<string, unknown>>(value: unknown): T {
  return value as T;
}

/** Golden-file text: pretty JSON with a final newline, as the formatter leaves JSON files. */
export function golden(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
