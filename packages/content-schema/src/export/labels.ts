// The exports' own words, Dutch and English. Content stays in its own language; these only
// name sections and describe facts (formats, prices, seats).
import type { Price } from '../schemas/price';
import type { TrainingOffer } from '../schemas/training-offer';
import type { Workshop } from '../schemas/workshop';
import type { ExportLanguage } from './site-content';

/** A word or phrase in each export language. */
export type Words = Record<ExportLanguage, string>;

export const WORDS = {
  faq: { nl: 'Veelgestelde vragen', en: 'Frequently asked questions' },
  posts: { nl: 'Artikelen', en: 'Articles' },
  trainings: { nl: 'Trainingen', en: 'Trainings' },
  workshops: { nl: 'Agenda', en: 'Upcoming workshops' },
  fullText: { nl: 'Alle inhoud in één bestand', en: 'All content in one file' },
  fullTextNote: {
    nl: 'alle inhoud hierboven, volledig uitgeschreven',
    en: 'all content above, in full',
  },
  otherQuestions: { nl: 'Overige vragen', en: 'Other questions' },
  readMore: { nl: 'Verder lezen', en: 'Further reading' },
  source: { nl: 'Bron', en: 'Source' },
  updated: { nl: 'bijgewerkt', en: 'updated' },
  office: { nl: 'Vestiging', en: 'Office' },
  area: { nl: 'Werkgebied', en: 'Area served' },
  contact: { nl: 'Contact', en: 'Contact' },
  website: { nl: 'Website', en: 'Website' },
  online: { nl: 'online', en: 'online' },
  by: { nl: 'Door', en: 'By' },
} satisfies Record<string, Words>;

const FORMATS: Record<TrainingOffer['format'], Words> = {
  'inspiration-session': { nl: 'Inspiratiesessie', en: 'Inspiration session' },
  'half-day': { nl: 'Halve dag', en: 'Half day' },
  'full-day': { nl: 'Hele dag', en: 'Full day' },
  masterclass: { nl: 'Masterclass', en: 'Masterclass' },
  series: { nl: 'Reeks', en: 'Series' },
};
const DELIVERY: Record<TrainingOffer['delivery'][number], Words> = {
  'in-company': { nl: 'in-company', en: 'in-company' },
  'open-enrolment': { nl: 'open inschrijving', en: 'open enrolment' },
  online: { nl: 'online', en: 'online' },
  hybrid: { nl: 'hybride', en: 'hybrid' },
};
const PER: Record<Price['per'], Words> = {
  person: { nl: 'per persoon', en: 'per person' },
  session: { nl: 'per sessie', en: 'per session' },
  group: { nl: 'per groep', en: 'per group' },
};
const STATUS: Record<NonNullable<Workshop['status']>, Words> = {
  scheduled: { nl: '', en: '' },
  cancelled: { nl: 'geannuleerd', en: 'cancelled' },
  postponed: { nl: 'uitgesteld', en: 'postponed' },
  rescheduled: { nl: 'verplaatst', en: 'rescheduled' },
};

/** `€ 495 per persoon, excl. btw` (Dutch number format for Dutch, English otherwise). */
export function priceText(price: Price, language: ExportLanguage): string {
  const money = (amount: number) =>
    new Intl.NumberFormat(language === 'nl' ? 'nl-NL' : 'en-IE', {
      style: 'currency',
      currency: price.currency,
      minimumFractionDigits: Number.isInteger(amount) ? 0 : 2,
    }).format(amount);
  const from = language === 'nl' ? 'vanaf ' : 'from ';
  const amount =
    price.maxAmount !== undefined
      ? `${money(price.amount)} – ${money(price.maxAmount)}${price.orMore ? (language === 'nl' ? ' of meer' : ' or more') : ''}`
      : `${price.orMore ? from : ''}${money(price.amount)}`;
  const vat = price.vatIncluded
    ? { nl: 'incl. btw', en: 'incl. VAT' }[language]
    : { nl: 'excl. btw', en: 'excl. VAT' }[language];
  return `${amount} ${PER[price.per][language]}, ${vat}`;
}

/** `Hele dag (6–8 uur), € 495 per persoon, excl. btw; open inschrijving, online`. */
export function trainingFacts(offer: TrainingOffer, language: ExportLanguage): string {
  const { min, max } = offer.durationHours;
  const hours = `${min === max ? min : `${min}–${max}`} ${language === 'nl' ? 'uur' : 'hours'}`;
  const delivery = offer.delivery.map((mode) => DELIVERY[mode][language]).join(', ');
  return `${FORMATS[offer.format][language]} (${hours}), ${priceText(offer.price, language)}; ${delivery}`;
}

/** `Utrecht en online; 6 van 15 plaatsen vrij` plus the status when it is not scheduled. */
export function workshopFacts(workshop: Workshop, language: ExportLanguage): string {
  const place = workshop.location?.address.locality;
  const where =
    workshop.attendance === 'online'
      ? WORDS.online[language]
      : workshop.attendance === 'mixed' && place
        ? `${place} ${language === 'nl' ? 'en' : 'and'} online`
        : (place ?? '');
  const { total, remaining } = workshop.seats;
  const seats =
    language === 'nl'
      ? `${remaining} van ${total} plaatsen vrij`
      : `${remaining} of ${total} seats left`;
  const status = workshop.status ? STATUS[workshop.status][language] : '';
  return [where, seats, status].filter(Boolean).join('; ');
}
