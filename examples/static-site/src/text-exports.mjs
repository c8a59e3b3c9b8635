// The site's text for crawlers and generative engines: llms.txt, llms-full.txt and a Markdown
// companion per post and for the FAQ, written next to the HTML pages. Pages announce their
// companion with markdownAlternate().
import { mkdirSync, writeFileSync } from 'node:fs';
import { exportSite } from '@aira/content-schema';

/**
 * Writes the text exports into `out`; returns the files written. `model` is what
 * model-pages.mjs loaded (the step plan, roadmap, competences, budget split and authors),
 * `offers` what offer-pages.mjs loaded (trainings and workshops). `paths` are the site's own
 * routes when they differ from the defaults (pass the same to the JSON-LD generators), so
 * every link in llms.txt and the companions lands on a page the site writes.
 */
export function writeTextExports({ out, baseUrl, paths, organization, faq, posts, model, offers }) {
  const { trainings, workshops } = offers;
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
    { baseUrl, paths },
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
