// Pages for the plan-like content: the step plan, the 90-day roadmap (with the budget split),
// the competence framework, an authors overview and one page per author, each with its
// JSON-LD graph. build.mjs passes in its page helpers, so every page shares the site's layout
// and JSON-LD checks.
import {
  parseAuthor,
  parseBudgetSplit,
  parseCompetenceFramework,
  parseRoadmap,
  parseStepPlan,
  renderAnswer,
} from '@aira/content-schema';
import {
  author,
  breadcrumbList,
  competenceFramework,
  graph,
  howTo,
  organization,
  roadmap,
} from '@aira/jsonld';
import { readCollection, readOne } from './read-content.mjs';

/** Reads and validates the authors, step plan, roadmap, competences and budget split. */
export function loadModel(content) {
  return {
    authors: readCollection(content, 'authors', parseAuthor),
    stepPlan: readOne(content, 'step-plans', parseStepPlan),
    roadmap: readOne(content, 'roadmaps', parseRoadmap),
    competences: readOne(content, 'competence-frameworks', parseCompetenceFramework),
    budget: readOne(content, 'budget-splits', parseBudgetSplit),
  };
}

const UNITS = {
  hours: ['uur', 'uur'],
  days: ['dag', 'dagen'],
  weeks: ['week', 'weken'],
  months: ['maand', 'maanden'],
};

function durationText({ min, max, unit }) {
  const [singular, plural] = UNITS[unit];
  const span = min === max ? `${min}` : `${min}–${max}`;
  return `${span} ${max === 1 ? singular : plural}`;
}

// Whole cents in integer arithmetic: a share has at most 2 decimals, a total whole cents.
function shareOfTotal(total, share) {
  const cents = Math.round((Math.round(total * 100) * Math.round(share * 100)) / 10_000);
  return new Intl.NumberFormat('nl-NL', {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: cents % 100 === 0 ? 0 : 2,
  }).format(cents / 100);
}

/** The author's name linked to their page, for a post's meta line. */
export function authorLink(model, id, escapeHtml) {
  const found = model.authors.find((a) => a.id === id);
  return found ? `<a href="/auteurs/${found.id}/">${escapeHtml(found.name)}</a>` : escapeHtml(id);
}

/** Writes the pages; returns how many and the JSON-LD warnings they had. */
export function writeModelPages({ model, posts, org, baseUrl, home, page }) {
  const { escapeHtml, layout, structuredData, write, alternate = () => '' } = page;
  const opts = { baseUrl };
  let warnings = 0;
  let pages = 0;
  const emit = (path, crumbs, nodes, title, description, body) => {
    const url = `/${path}`;
    const jsonld = structuredData(
      url,
      graph(organization(org, opts), ...nodes, breadcrumbList([home, ...crumbs], opts)),
    );
    warnings += jsonld.warnings;
    pages++;
    const head = [jsonld.tag, alternate(url)].filter(Boolean).join('\n');
    write(`${path}/index.html`, layout({ title, description, head, body }));
  };

  const plan = model.stepPlan;
  emit(
    'stappenplan',
    [{ name: plan.name, url: '/stappenplan' }],
    [howTo(plan, opts)],
    plan.name,
    plan.description ?? plan.name,
    `<h1>${escapeHtml(plan.name)}</h1>
${plan.description ? `<p>${escapeHtml(plan.description)}</p>` : ''}
<ol class="steps">${plan.steps
      .map(
        (step) => `<li id="step-${step.position}"><h2>${escapeHtml(step.name)}</h2>
${renderAnswer(step.text).html}
<p><strong>Resultaat:</strong> ${escapeHtml(step.outcome)}${step.duration ? ` · <strong>Duur:</strong> ${durationText(step.duration)}` : ''}</p></li>`,
      )
      .join('\n')}</ol>`,
  );

  const rm = model.roadmap;
  const budget = model.budget;
  const list = (items) => `<ul>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;
  emit(
    'roadmap',
    [{ name: rm.name, url: '/roadmap' }],
    [roadmap(rm, opts)],
    rm.name,
    rm.description ?? rm.name,
    `<h1>${escapeHtml(rm.name)}</h1>
${rm.description ? `<p>${escapeHtml(rm.description)}</p>` : ''}
${rm.audience ? `<p class="meta">Voor: ${escapeHtml(rm.audience)}</p>` : ''}
${rm.phases
  .map(
    (phase, i) => `<section id="phase-${i + 1}">
<h2>Fase ${i + 1}: ${escapeHtml(phase.name)} <small>(week ${phase.weeks.from}–${phase.weeks.to})</small></h2>
${phase.goal ? `<p>${escapeHtml(phase.goal)}</p>` : ''}
<h3>Activiteiten</h3>${list(phase.activities)}
<h3>Opleveren</h3>${list(phase.deliverables)}
<p><strong>${phase.owners.length > 1 ? 'Eigenaren' : 'Eigenaar'}:</strong> ${escapeHtml(phase.owners.join(', '))}</p>
</section>`,
  )
  .join('\n')}
<section id="budget">
<h2>${escapeHtml(budget.name)}</h2>
${budget.description ? `<p>${escapeHtml(budget.description)}</p>` : ''}
<table><thead><tr><th>Onderdeel</th><th>Aandeel</th>${budget.total ? `<th>Bij ${shareOfTotal(budget.total, 100)}</th>` : ''}</tr></thead>
<tbody>${budget.shares
      .map(
        (s) =>
          `<tr><td>${escapeHtml(s.name)}${s.description ? `<br><small>${escapeHtml(s.description)}</small>` : ''}</td><td>${String(s.share).replace('.', ',')}%</td>${budget.total ? `<td>${shareOfTotal(budget.total, s.share)}</td>` : ''}</tr>`,
      )
      .join('')}</tbody></table>
<p class="meta">Bedragen exclusief btw.</p>
</section>`,
  );

  const fw = model.competences;
  const byId = new Map(fw.competences.map((c) => [c.id, c]));
  emit(
    'competenties',
    [{ name: fw.name, url: '/competenties' }],
    [competenceFramework(fw, opts)],
    fw.name,
    fw.description ?? fw.name,
    `<h1>${escapeHtml(fw.name)}</h1>
${fw.description ? `<p>${escapeHtml(fw.description)}</p>` : ''}
${fw.competences
  .map(
    (c) => `<section id="competence-${c.id}"><h2>${escapeHtml(c.name)}</h2>
<p>${escapeHtml(c.description)}</p>${list(c.behaviours)}</section>`,
  )
  .join('\n')}
<h2>Drie niveaus</h2>
<table><thead><tr><th>Niveau</th><th>Deel van de medewerkers</th><th>Competenties</th></tr></thead>
<tbody>${fw.levels
      .map(
        (level) =>
          `<tr><td><strong>${escapeHtml(level.name)}</strong><br><small>${escapeHtml(level.description)}</small></td><td>${String(level.share).replace('.', ',')}%</td><td>${level.competences
            .map((id) => `<a href="#competence-${id}">${escapeHtml(byId.get(id)?.name ?? id)}</a>`)
            .join(', ')}</td></tr>`,
      )
      .join('')}</tbody></table>`,
  );

  // The authors overview: the way to an author page that does not go through a post.
  const authorsCrumb = { name: 'Auteurs', url: '/auteurs' };
  const count = (n) => `${n} ${n === 1 ? 'artikel' : 'artikelen'}`;
  emit(
    'auteurs',
    [authorsCrumb],
    [],
    'Auteurs',
    `De ${model.authors.length} auteurs van de artikelen op deze site, met hun rol en wat ze schreven.`,
    `<h1>Auteurs</h1>
<ul class="posts">${model.authors
      .map(
        (person) =>
          `<li><a href="/auteurs/${person.id}/">${escapeHtml(person.name)}</a><br><small>${escapeHtml(person.role)} · ${count(posts.filter((post) => post.author === person.id).length)}</small></li>`,
      )
      .join('\n')}</ul>`,
  );

  for (const person of model.authors) {
    const written = posts.filter((post) => post.author === person.id);
    emit(
      `auteurs/${person.id}`,
      [authorsCrumb, { name: person.name, url: `/auteurs/${person.id}` }],
      [author(person, { ...opts, worksFor: org })],
      person.name,
      person.bio,
      `<h1>${escapeHtml(person.name)}</h1>
<p class="meta">${escapeHtml(person.role)}${person.fictional ? ' · fictief persoon' : ''}</p>
<p>${escapeHtml(person.bio)}</p>
<h2>Artikelen</h2>
<ul class="posts">${written.map((post) => `<li><a href="/blog/${post.slug}/">${escapeHtml(post.title)}</a></li>`).join('')}</ul>`,
    );
  }
  return { pages, warnings };
}
