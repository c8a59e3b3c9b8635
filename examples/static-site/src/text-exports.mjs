// The site's text for crawlers and generative engines: llms.txt, llms-full.txt and a Markdown
// companion per post and for the FAQ, written next to the HTML pages. Pages announce their
// companion with markdownAlternate().
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { exportSite, parseTrainingOffer, parseWorkshop } from '@aira/content-schema';

/** Parses every JSON file in a content subfolder, sorted by file name. */
function readCollection(content, folder, parse) {
  const dir = new URL(`${folder}/`, content);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => parse(JSON.parse(readFileSync(new URL(file, dir), 'utf8'))));
}

/** Writes the text exports into `out`; returns the files written. */
export function writeTextExports({ content, out, baseUrl, organization, faq, posts }) {
  const trainings = readCollection(content, 'trainings', parseTrainingOffer);
  const workshops = readCollection(content, 'workshops', parseWorkshop);
  const files = exportSite({ organization, faq, posts, trainings, workshops }, { baseUrl });
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
