// Valid examples of every content type, for tests and the bench. Each call returns a fresh copy.

export const validFeed = () => ({
  version: 1,
  locale: 'nl-NL',
  title: 'Veelgestelde vragen over AI-training',
  url: 'https://aira.example/faq',
  updated: '2026-11-22',
  categories: [
    { id: 'starten', label: 'Starten' },
    { id: 'kosten', label: 'Kosten en duur', description: 'Wat het kost en hoe lang het duurt.' },
  ],
  items: [
    {
      id: 'hoe-snel-starten',
      question: 'Hoe snel kunnen we starten?',
      answer: 'De intake plannen we binnen **1–2 werkdagen**; een workshop volgt binnen 2–3 weken.',
      category: 'starten',
      tags: ['planning'],
      related: ['wat-kost-een-workshop'],
    },
    {
      id: 'wat-kost-een-workshop',
      question: 'Wat kost een workshop van een halve dag?',
      answer: 'Vanaf ongeveer € 750, exclusief btw. Zie [prijzen](/prijzen).',
      category: 'kosten',
      updated: '2026-11-01T10:00:00+01:00',
    },
  ],
});

export const validOffer = () => ({
  id: 'ai-implementation-training',
  name: 'AI Implementation Training',
  description: 'Een dag hands-on met AI-tools voor je eigen processen.',
  format: 'full-day',
  durationHours: { min: 6, max: 8 },
  delivery: ['in-company', 'online'],
  groupSize: { min: 8, max: 15 },
  price: { amount: 495, per: 'person' },
  phase: 'implementation',
  supportDaysAfter: 30,
});

export const validWorkshop = () => ({
  id: 'ai-awareness-amsterdam-2026-03',
  offerId: 'ai-awareness-workshop',
  name: 'AI Awareness Workshop Amsterdam',
  start: '2026-03-28T10:00:00+01:00',
  end: '2026-03-28T13:00:00+01:00',
  attendance: 'mixed',
  location: {
    name: 'AIRA Amsterdam',
    address: { locality: 'Amsterdam', postalCode: '1012 AB', country: 'NL' },
  },
  onlineUrl: 'https://aira.example/live/awareness',
  seats: { total: 15, remaining: 4 },
  status: 'scheduled',
});

export const validOrganization = () => ({
  id: 'aira',
  name: 'AIRA',
  url: 'https://aira.example',
  email: 'info@aira.example',
  telephone: '+31 20 123 4567',
  address: { locality: 'Amsterdam', country: 'NL' },
  areaServed: ['Nederland'],
  sameAs: ['https://www.linkedin.com/company/aira-example'],
  foundingDate: '2019',
});

export const validCase = () => ({
  id: 'administratiekantoor-facturen',
  title: 'Facturen drie keer sneller verwerkt',
  fictional: true,
  company: {
    name: 'Fictief Administratiekantoor',
    sector: 'accountancy',
    employees: 15,
    region: 'Utrecht',
  },
  problem: 'Twee uur per dag handmatig facturen invoeren.',
  approach: 'Een pilot van zes weken met documentherkenning.',
  tools: ['Azure AI', 'Power Automate'],
  results: [{ metric: 'Tijd per dag voor facturen', before: '2 uur', after: '30–40 minuten' }],
  costs: { oneOff: 5000, monthly: 300 },
  quote: { text: 'We controleren nu alleen nog.', author: 'Fictieve eigenaar' },
});

export const validPersona = () => ({
  id: 'drukke-mkb-eigenaar',
  name: 'De drukke mkb-eigenaar',
  description: 'Runt een bedrijf van 20 mensen en heeft weinig tijd.',
  painPoints: ['Geen tijd om tools uit te zoeken'],
  typicalQuestions: ['Hoe snel levert het iets op?'],
});

export const validCluster = () => ({
  id: 'ai-workshop-kosten',
  name: 'Kosten van een AI-workshop',
  intent: 'transactioneel',
  keywords: ['ai workshop kosten', 'ai training prijs'],
});

export const validCalendar = () => ({
  start: '2026-01-05',
  weeks: Array.from({ length: 12 }, (_, i) => ({
    week: i + 1,
    blog: { title: `Blog week ${i + 1}`, intent: 'informatief' },
    faqUpdate: `Twee nieuwe vragen in week ${i + 1}`,
  })),
});

/** Dutch-looking filler: `count` words. */
export function words(count: number): string {
  const pool = ['teams', 'leren', 'werken', 'met', 'AI', 'in', 'het', 'mkb', 'sneller', 'slimmer'];
  return Array.from({ length: count }, (_, i) => pool[i % pool.length]).join(' ');
}

/** A blog post source that passes validation and every lint rule. */
export function validPostSource(overrides: { frontmatter?: string; body?: string } = {}): string {
  const frontmatter =
    overrides.frontmatter ??
    `slug: ai-training-mkb
title: AI-training voor het mkb
description: Wat een AI-training je team oplevert, hoe lang het duurt en wat het kost, met een fictief voorbeeld.
date: 2026-09-22
author: Redactie AIRA
category: AI Training
tags: [ai-training, mkb]
intent: informatief
cluster: ai-voor-branche
readMore:
  - slug: wat-kost-een-ai-workshop
faq:
  - question: Hoe lang duurt een training?
    answer: Een halve dag tot een hele dag.
  - question: Kan het online?
    answer: Ja, online of hybride.
  - question: Voor wie is het?
    answer: Voor mkb-teams van 10 tot 250 mensen.
`;
  const body =
    overrides.body ??
    `${words(120)}

## Waarom AI-training

${words(300)} Lees ook [wat een workshop kost](/blog/wat-kost-een-ai-workshop).

### Wat je leert

${words(300)}

## Fictieve case: een administratiekantoor

Dit is een fictief voorbeeld. ${words(200)}

## Conclusie

${words(150)}
`;
  return `---\n${frontmatter}---\n${body}`;
}

/** `list[index]`, or a clear failure: tests need no non-null assertions. */
export function at<T>(list: readonly T[], index: number): T {
  const value = list[index];
  if (value === undefined) throw new Error(`test fixture has no index ${index}`);
  return value;
}
