// Pages for the training offers and their dates: an overview (/trainingen/), one page per
// training (/trainingen/<id>/) and one per dated workshop (/agenda/<id>/), each with its
// JSON-LD graph (Course, EducationEvent). llms.txt links these pages, so the site has them.
import { pagePath, parseTrainingOffer, parseWorkshop } from '@aira/content-schema';
import { breadcrumbList, course, event, graph, organization } from '@aira/jsonld';
import { readCollection } from './read-content.mjs';

/** Reads and validates the training offers and the workshops (dated runs of a training). */
export function loadOffers(content) {
  const trainings = readCollection(content, 'trainings', parseTrainingOffer);
  const workshops = readCollection(content, 'workshops', parseWorkshop).sort((a, b) =>
    a.start.localeCompare(b.start),
  );
  for (const workshop of workshops) {
    if (!trainings.some((offer) => offer.id === workshop.offerId)) {
      throw new Error(`static-site: workshop ${workshop.id} names an unknown training`);
    }
  }
  return { trainings, workshops };
}

// The default page paths, which the text exports and the JSON-LD use too.
const trainingPath = (offer) => pagePath('training', { id: offer.id });
const workshopPath = (workshop) => pagePath('workshop', { id: workshop.id });

const FORMATS = {
  'inspiration-session': 'Inspiratiesessie',
  'half-day': 'Halve dag',
  'full-day': 'Hele dag',
  masterclass: 'Masterclass',
  series: 'Reeks',
};
const DELIVERY = {
  'in-company': 'in-company',
  'open-enrolment': 'open inschrijving',
  online: 'online',
  hybrid: 'hybride',
};
const PER = { person: 'per persoon', session: 'per sessie', group: 'per groep' };
const STATUS = { cancelled: 'geannuleerd', postponed: 'uitgesteld', rescheduled: 'verplaatst' };

const euro = (amount) =>
  new Intl.NumberFormat('nl-NL', {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: Number.isInteger(amount) ? 0 : 2,
  }).format(amount);

function priceText(price) {
  const amount =
    price.maxAmount !== undefined
      ? `${euro(price.amount)} – ${euro(price.maxAmount)}${price.orMore ? ' of meer' : ''}`
      : `${price.orMore ? 'vanaf ' : ''}${euro(price.amount)}`;
  return `${amount} ${PER[price.per]}, ${price.vatIncluded ? 'incl.' : 'excl.'} btw`;
}

const span = ({ min, max }) => (min === max ? `${min}` : `${min}–${max}`);

const amsterdam = (options) =>
  new Intl.DateTimeFormat('nl-NL', { ...options, timeZone: 'Europe/Amsterdam' });
const day = amsterdam({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const time = amsterdam({ hour: '2-digit', minute: '2-digit' });

function where(workshop) {
  const place = workshop.location?.address.locality;
  if (workshop.attendance === 'online') return 'online';
  if (workshop.attendance === 'mixed') return place ? `${place} en online` : 'online';
  return place ?? '';
}

function seatsText({ total, remaining }) {
  return remaining <= 0 ? 'volgeboekt' : `${remaining} van ${total} plaatsen vrij`;
}

/** `donderdag 3 december 2026, Utrecht en online; 6 van 15 plaatsen vrij`. */
function workshopLine(workshop) {
  const status = workshop.status && STATUS[workshop.status];
  return [
    `${day.format(new Date(workshop.start))}, ${where(workshop)}`,
    seatsText(workshop.seats),
    status,
  ]
    .filter(Boolean)
    .join('; ');
}

/** Writes the pages; returns how many and the JSON-LD warnings they had. */
export function writeOfferPages({ offers, org, baseUrl, home, page }) {
  const { escapeHtml, layout, structuredData, write } = page;
  const { trainings, workshops } = offers;
  const opts = { baseUrl };
  const overview = { name: 'Trainingen', url: '/trainingen' };
  let warnings = 0;
  let pages = 0;
  const emit = (path, crumbs, nodes, title, description, body) => {
    const jsonld = structuredData(
      path,
      graph(organization(org, opts), ...nodes, breadcrumbList([home, ...crumbs], opts)),
    );
    warnings += jsonld.warnings;
    pages++;
    write(`${path.slice(1)}/index.html`, layout({ title, description, head: jsonld.tag, body }));
  };
  const dateLink = (workshop) =>
    `<li><a href="${workshopPath(workshop)}/">${escapeHtml(workshop.name)}</a><br><small>${escapeHtml(workshopLine(workshop))}</small></li>`;

  emit(
    overview.url,
    [overview],
    [],
    'Trainingen en data',
    `${trainings.length} AI-trainingen voor het mkb, in-company, online of hybride, met de data van de open trainingen.`,
    `<h1>Trainingen</h1>
<ul class="posts">${trainings
      .map(
        (offer) =>
          `<li><a href="${trainingPath(offer)}/">${escapeHtml(offer.name)}</a><br><small>${escapeHtml(`${FORMATS[offer.format]} (${span(offer.durationHours)} uur), ${priceText(offer.price)}`)}</small></li>`,
      )
      .join('\n')}</ul>
<h2 id="agenda">Agenda</h2>
<ul class="posts">${workshops.map(dateLink).join('\n')}</ul>`,
  );

  for (const offer of trainings) {
    const path = trainingPath(offer);
    const dates = workshops.filter((workshop) => workshop.offerId === offer.id);
    const facts = [
      ['Vorm', `${FORMATS[offer.format]}, ${span(offer.durationHours)} uur`],
      offer.sessions && ['Sessies', String(offer.sessions)],
      ['Uitvoering', offer.delivery.map((mode) => DELIVERY[mode]).join(', ')],
      offer.groupSize && ['Groepsgrootte', `${span(offer.groupSize)} deelnemers`],
      ['Prijs', priceText(offer.price)],
      offer.supportDaysAfter && ['Nazorg', `${offer.supportDaysAfter} dagen ondersteuning`],
    ].filter(Boolean);
    emit(
      path,
      [overview, { name: offer.name, url: path }],
      [course(offer, { ...opts, provider: org })],
      offer.name,
      offer.description,
      `<h1>${escapeHtml(offer.name)}</h1>
<p>${escapeHtml(offer.description)}</p>
<dl>${facts.map(([term, value]) => `<dt>${term}</dt><dd>${escapeHtml(value)}</dd>`).join('')}</dl>
${dates.length ? `<h2>Data</h2>\n<ul class="posts">${dates.map(dateLink).join('\n')}</ul>` : ''}`,
    );
  }

  for (const workshop of workshops) {
    const path = workshopPath(workshop);
    const offer = trainings.find((candidate) => candidate.id === workshop.offerId);
    const start = new Date(workshop.start);
    const description = workshop.description ?? offer.description;
    emit(
      path,
      [
        overview,
        { name: offer.name, url: trainingPath(offer) },
        { name: workshop.name, url: path },
      ],
      [event(workshop, { ...opts, offer, organizer: org })],
      workshop.name,
      description,
      `<h1>${escapeHtml(workshop.name)}</h1>
<p class="meta">${escapeHtml(`${day.format(start)}, ${time.format(start)}–${time.format(new Date(workshop.end))} uur`)}</p>
<p>${escapeHtml(description)}</p>
<dl><dt>Training</dt><dd><a href="${trainingPath(offer)}/">${escapeHtml(offer.name)}</a></dd>
<dt>Waar</dt><dd>${escapeHtml(workshop.location ? `${workshop.location.name}${workshop.attendance === 'mixed' ? ' en online' : ''}` : 'online')}</dd>
<dt>Plaatsen</dt><dd>${escapeHtml(seatsText(workshop.seats))}</dd>
<dt>Prijs</dt><dd>${escapeHtml(priceText(workshop.price ?? offer.price))}</dd></dl>`,
    );
  }
  return { pages, warnings };
}
