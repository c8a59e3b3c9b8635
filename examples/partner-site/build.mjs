// Writes prerendered.html the way a partner's CMS or build step would: the FAQ rendered to
// plain HTML on the server (crawlable without JavaScript), plus its FAQPage JSON-LD.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseFaqFeed } from '@aira/content-schema';
import { renderFaqHtml } from '@aira/faq-widget/server';

const here = new URL('./', import.meta.url);
const feed = parseFaqFeed(JSON.parse(readFileSync(new URL('../content/faq.json', here), 'utf8')));
const template = readFileSync(new URL('prerendered.template.html', here), 'utf8');

const faq = renderFaqHtml(feed, { element: { 'heading-level': 2 }, jsonld: true });
writeFileSync(new URL('prerendered.html', here), template.replace('<!-- FAQ -->', faq));
console.log(`partner-site: prerendered.html with ${feed.items.length} questions`);
