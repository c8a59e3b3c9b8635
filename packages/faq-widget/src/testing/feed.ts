import type { FaqFeed } from '@aira/content-schema';

// Example content for the tests, written by us from AIRA's facts (DOMAIN.md).
export const feed: FaqFeed = {
  version: 1,
  locale: 'nl-NL',
  title: 'Veelgestelde vragen over AI-training',
  categories: [
    { id: 'starten', label: 'Starten' },
    { id: 'kosten', label: 'Kosten' },
    { id: 'privacy', label: 'Privacy' },
  ],
  items: [
    {
      id: 'hoe-snel-starten',
      question: 'Hoe snel kunnen we starten?',
      answer:
        'Na uw aanvraag plannen we binnen 1–2 werkdagen een intake. Een workshop kan meestal binnen 2–3 weken.',
      category: 'starten',
    },
    {
      id: 'wat-kost-een-workshop',
      question: 'Wat kost een workshop?',
      answer:
        'Een halve dag in-company begint rond **€ 750** (excl. btw). Bekijk [onze trainingen](https://aira.example/trainingen).',
      category: 'kosten',
    },
    {
      id: 'alleen-randstad',
      question: 'Werken jullie alleen in de Randstad?',
      answer: 'Nee. We werken in heel Nederland: in-company, online of hybride.',
      category: 'starten',
    },
    {
      id: 'privacy-avg',
      question: 'Hoe gaan jullie om met privacy en de AVG?',
      answer:
        'We werken AVG-proof:\n\n- geen klantdata in publieke tools\n- afspraken vastgelegd in een verwerkersovereenkomst',
      category: 'privacy',
    },
    {
      id: 'kleine-bedrijven',
      question: 'Is AI ook iets voor een bedrijf met 10 medewerkers?',
      answer: 'Ja. Juist kleine teams die geïnteresseerd zijn in snelle winst halen er veel uit.',
      category: 'kosten',
    },
    {
      id: 'gratis-intake',
      question: 'Is de intake gratis?',
      answer: 'Ja, de intake van ongeveer een uur is gratis en vrijblijvend.',
      category: 'starten',
    },
    {
      id: 'pilot-duur',
      question: 'Hoe lang duurt een pilot?',
      answer: 'Een pilot duurt meestal 4–8 weken; een kleine proef (PoC) 4–6 weken.',
      category: 'kosten',
    },
  ],
};

/** A feed of `count` generated items, for size and bench-like tests. */
export function manyItems(count: number): FaqFeed {
  return {
    version: 1,
    locale: 'nl-NL',
    items: Array.from({ length: count }, (_, i) => ({
      id: `vraag-${i + 1}`,
      question: `Vraag ${i + 1} over AI-training voor het mkb`,
      answer: `Antwoord ${i + 1}: een pilot duurt 4–8 weken en kost vaak €30.000–€80.000.`,
    })),
  };
}
