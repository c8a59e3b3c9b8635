// The site's text for crawlers and generative engines: llms.txt, llms-full.txt and a Markdown
// companion per post and for the FAQ, written next to the HTML pages. Pages announce their
// companion with markdownAlternate().
import { mkdirSync, writeFileSync } from 'node:fs';
import { exportSite, parseTrainingOffer, parseWorkshop } from '@aira/content-schema';
import { readCollection } from './read-content.mjs';

/**
 * Writes the text exports into `out`; returns the files written. `model` is what
 * model-pages.mjs loaded: the step plan, roadmap, competences, budget split and authors.
 */
export function writeTextExports({ content, out, baseUrl, organization, faq, posts, model }) {
  const trainings = readCollection(content, 'trainings', parseTrainingOffer);
  const workshops = readCollection(content, 'workshops', parseWorkshop);
  const files = exportSite(
    {
      organization,
      faq,
      posts,
      trainings,
      workshops,
      stepPlans: [model.stepPlan],
      roadmaps: [model.roadmap],
      competenceFrameworks: [model.competences],
      budgetSplits: [model.budget],
      authors: model.authors,
    },
    { baseUrl },
  );
  for (const file of files) {
    const target = new URL(file.path, out);
    mkdirSync(new URL('./', target), { recursive: true });
    writeFileSync(target, file.text);
  }
  return files;
}

/** The `<link>` that points a page's readers and crawlers at its Markdown companion. */
export function markdownAlternate(path) {
  return `<link rel="alternate" type="text/markdown" href="${path}">`;
}

/**
 * For a page path (`/stappenplan`), the `<link>` to its Markdown companion among `files`, or
 * '' when the export wrote none for it.
 */
export function companionLink(files) {
  const byPage = new Map(
    files
      .filter((file) => file.alternateOf)
      .map((file) => [new URL(file.alternateOf).pathname.replace(/\/+$/, ''), file.url]),
  );
  return (pagePath) => {
    const url = byPage.get(pagePath.replace(/\/+$/, ''));
    return url ? markdownAlternate(new URL(url).pathname) : '';
  };
}
