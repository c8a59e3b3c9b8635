// Writes prerendered.html the way a partner's CMS or build step would: the FAQ rendered to
// plain HTML on the server (crawlable without JavaScript), plus its FAQPage JSON-LD.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseFaqFeed } from '@aira/content-schema';
import { renderFaqHtml } from '@aira/faq-widget/server';

const here = new URL('./', import.meta.url);
const feed = parseFaqFeed(JSON.parse(readFileSync(new URL('../content/faq.json', here), 'utf8')));
const template = readFileSync(new URL('prerendered.template.html', here), 'utf8');

const faq = renderFaqHtml(feed, { element: { 'heading-level': 2 }, jsonld: true });
writeFileSync(new URL('prerendered.html', here), template.replace('<!-- FAQ -->', faq));
console.log(`partner-site: prerendered.html with ${feed.items.length} questions`);

// pasted.html: a page without any build step. Its FAQ is the snippet a CMS user makes once with
// `npx @aira/faq-widget render` and pastes; here we run that same command so it stays current.
const renderCli = fileURLToPath(new URL('node_modules/@aira/faq-widget/bin/aira-faq.js', here));
const snippet = execFileSync(
  process.execPath,
  [
    renderCli,
    'render',
    fileURLToPath(new URL('../content/faq.json', here)),
    '--jsonld',
    '--url',
    'https://www.ondernemersnetwerk.example/veelgestelde-vragen',
    '--src',
    '/content/faq.json',
    '--heading-level',
    '2',
    '--script',
    '/aira-faq.js',
  ],
  { encoding: 'utf8' },
);
const pastedTemplate = readFileSync(new URL('pasted.template.html', here), 'utf8');
writeFileSync(new URL('pasted.html', here), pastedTemplate.replace('<!-- FAQ -->', snippet.trim()));
console.log('partner-site: pasted.html with the snippet from npx @aira/faq-widget render');
