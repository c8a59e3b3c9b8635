// A static site generator in one file, as a developer would write it on top of the packages:
// read the example posts and feed, validate and lint them, and write HTML pages that carry
// one JSON-LD graph each. Only the packages' public APIs are used.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import {
  lintBlogPost,
  parseBlogPost,
  parseFaqFeed,
  parseOrganization,
  renderAnswer,
  resolveFaqRefs,
} from '@aira/content-schema';
import { renderFaqHtml } from '@aira/faq-widget/server';
import {
  blogPosting,
  breadcrumbList,
  faqPage,
  graph,
  jsonLdScriptTag,
  organization,
  validateJsonLd,
} from '@aira/jsonld';
import { marked } from 'marked';
import { authorLink, loadModel, writeModelPages } from './src/model-pages.mjs';
import { loadOffers, writeOfferPages } from './src/offer-pages.mjs';
import { copyRoiBundle, roiHead, withRoiCalculator } from './src/roi-embed.mjs';
import { companionLink, writeTextExports } from './src/text-exports.mjs';

const BASE_URL = process.env.SITE_URL ?? 'https://www.aira.example';
const content = new URL('../content/', import.meta.url);
const out = new URL('./dist/', import.meta.url);
const readJson = (name) => JSON.parse(readFileSync(new URL(name, content), 'utf8'));

const org = parseOrganization(readJson('organization.json'));
// The feed's `url` is this site's FAQ page (/faq), so the JSON-LD and llms.txt name it alike.
const feed = parseFaqFeed(readJson('faq.json'));
const model = loadModel(content);
const offers = loadOffers(content);
// This site serves its pages at the packages' default paths (DEFAULT_PAGE_PATHS: /blog/{slug},
// /faq, /trainingen/{id}, /agenda/{id}, /auteurs/{id}), so neither the text exports nor the
// JSON-LD generators need `paths`; the single plan pages carry their own `url`.
const postsDir = new URL('posts/', content);
const posts = readdirSync(postsDir)
  .filter((file) => file.endsWith('.md'))
  .map((file) =>
    parseBlogPost(readFileSync(new URL(file, postsDir), 'utf8'), {
      file,
      authors: model.authors,
      feed,
    }),
  )
  // A post's FAQ block may name feed items (faqRefs); from here on it holds all its questions.
  .map((post) => resolveFaqRefs(post, feed))
  .sort((a, b) => b.date.localeCompare(a.date));

// The house rules: an error stops the build, a warning is printed.
const knownSlugs = posts.map((post) => post.slug);
let lintErrors = 0;
for (const post of posts) {
  for (const finding of lintBlogPost(post, { knownSlugs })) {
    console.log(`${post.slug}: ${finding.severity} ${finding.rule}: ${finding.message}`);
    if (finding.severity === 'error') lintErrors++;
  }
}
if (lintErrors) throw new Error(`${lintErrors} lint error(s) in the example posts`);

const escapeHtml = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const longDate = (iso) =>
  new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(
    new Date(iso),
  );

/** Validates the page's structured data the way CI would, then returns its <script> element. */
function structuredData(page, data) {
  const { errors, warnings } = validateJsonLd(data);
  for (const finding of errors) console.error(`${page}: error ${finding.path}: ${finding.message}`);
  if (errors.length) throw new Error(`${page}: the JSON-LD has ${errors.length} error(s)`);
  return { tag: jsonLdScriptTag(data), warnings: warnings.length };
}

function layout({ title, description, lang = 'nl', body, head = '' }) {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<meta name="description" content="${escapeHtml(description)}">
<link rel="stylesheet" href="/static-site/site.css">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
${head}
</head>
<body>
<header class="site"><a href="/static-site/">AIRA (voorbeeldsite)</a> <a href="/trainingen/">Trainingen</a> <a href="/faq/">Veelgestelde vragen</a> <a href="/auteurs/">Auteurs</a> <a href="/contact/">Contact</a> <a href="/">Alle voorbeelden</a></header>
<main>
${body}
</main>
</body>
</html>
`;
}

function write(path, html) {
  const file = new URL(path, out);
  mkdirSync(new URL('./', file), { recursive: true });
  writeFileSync(file, html);
}

rmSync(out, { recursive: true, force: true });
const textFiles = writeTextExports({
  out,
  baseUrl: BASE_URL,
  organization: org,
  faq: feed,
  posts,
  model,
  offers,
});
const alternate = companionLink(textFiles);
const home = { name: 'Home', url: '/' };
let warnings = 0;

for (const post of posts) {
  const pageUrl = `/blog/${post.slug}`;
  const data = graph(
    organization(org, { baseUrl: BASE_URL }),
    blogPosting(post, { baseUrl: BASE_URL, publisher: org, authors: model.authors }),
    faqPage(post, { baseUrl: BASE_URL }),
    breadcrumbList([home, { name: 'Blog', url: '/blog' }, { name: post.title, url: pageUrl }], {
      baseUrl: BASE_URL,
    }),
  );
  const jsonld = structuredData(pageUrl, data);
  warnings += jsonld.warnings;
  const faq = post.faq
    .map(
      (item) =>
        `<details><summary>${escapeHtml(item.question)}</summary>${renderAnswer(item.answer).html}</details>`,
    )
    .join('\n');
  const readMore = (post.readMore ?? [])
    .map((link) => {
      const target = posts.find((p) => p.slug === link.slug);
      return `<li><a href="/blog/${link.slug}/">${escapeHtml(link.title ?? target?.title ?? link.slug)}</a></li>`;
    })
    .join('');
  write(
    `blog/${post.slug}/index.html`,
    layout({
      title: post.title,
      description: post.description,
      lang: post.locale,
      head: `${jsonld.tag}\n${alternate(pageUrl)}${roiHead(post)}`,
      body: `<article>
<p class="meta">${escapeHtml(post.category)} · ${longDate(post.date)} · ${authorLink(model, post.author, escapeHtml)}</p>
<h1>${escapeHtml(post.title)}</h1>
${withRoiCalculator(post, marked.parse(post.body))}
<h2>Veelgestelde vragen</h2>
${faq}
${readMore ? `<h2>Verder lezen</h2><ul>${readMore}</ul>` : ''}
</article>`,
    }),
  );
}

const faqData = graph(
  organization(org, { baseUrl: BASE_URL }),
  faqPage(feed, { baseUrl: BASE_URL }),
  breadcrumbList([home, { name: feed.title ?? 'Veelgestelde vragen', url: '/faq' }], {
    baseUrl: BASE_URL,
  }),
);
const faqJsonld = structuredData('/faq', faqData);
warnings += faqJsonld.warnings;
write(
  'faq/index.html',
  layout({
    title: feed.title ?? 'Veelgestelde vragen',
    description: `${feed.items.length} vragen en antwoorden over AI-training voor het mkb.`,
    head: `${faqJsonld.tag}\n${alternate('/faq')}\n<script type="module" src="/aira-faq.js"></script>`,
    body: `<h1>${escapeHtml(feed.title ?? 'Veelgestelde vragen')}</h1>\n${renderFaqHtml(feed)}`,
  }),
);

write(
  'index.html',
  layout({
    title: 'AIRA blog (voorbeeldsite)',
    description:
      'Voorbeeldsite gebouwd met @aira/content-schema, @aira/jsonld en @aira/faq-widget.',
    body: `<h1>Blog</h1>
<p>Deze pagina's zijn gemaakt door <code>examples/static-site/build.mjs</code> uit de voorbeeldcontent.</p>
<ul class="posts">${posts
      .map(
        (post) =>
          `<li><a href="/blog/${post.slug}/">${escapeHtml(post.title)}</a><br><small>${longDate(post.date)}: ${escapeHtml(post.description)}</small></li>`,
      )
      .join('\n')}</ul>
<p><a href="/faq/">Alle ${feed.items.length} veelgestelde vragen</a></p>
<p><a href="/stappenplan/">Stappenplan</a> · <a href="/roadmap/">90-dagenroadmap</a> · <a href="/competenties/">Competenties</a></p>
<p><a href="/trainingen/">Trainingen en data</a> · <a href="/auteurs/">Auteurs</a> · <a href="/contact/">Contact</a></p>`,
  }),
);

// The contact page the FAQ's answers point readers to, from the organization's own details.
const contactData = graph(
  organization(org, { baseUrl: BASE_URL }),
  breadcrumbList([home, { name: 'Contact', url: '/contact' }], { baseUrl: BASE_URL }),
);
const contactJsonld = structuredData('/contact', contactData);
warnings += contactJsonld.warnings;
const place = [org.address.locality, org.address.region].filter(Boolean).join(', ');
write(
  'contact/index.html',
  layout({
    title: `Contact met ${org.name}`,
    description: `Neem contact op met ${org.name} voor een gratis intake van ongeveer een uur: vanuit ${org.address.locality}, voor het mkb in ${org.areaServed.join(', ')}.`,
    head: contactJsonld.tag,
    body: `<h1>Contact</h1>
<p>Wil je weten wat AI-training voor je team kan doen? Vraag een gratis intakegesprek aan van ongeveer een uur; je zit daarna nergens aan vast.</p>
<dl>${org.email ? `<dt>E-mail</dt><dd><a href="mailto:${escapeHtml(org.email)}">${escapeHtml(org.email)}</a></dd>` : ''}${org.telephone ? `<dt>Telefoon</dt><dd>${escapeHtml(org.telephone)}</dd>` : ''}${place ? `<dt>Vestiging</dt><dd>${escapeHtml(place)}</dd>` : ''}
<dt>Werkgebied</dt><dd>${escapeHtml(org.areaServed.join(', '))}</dd></dl>`,
  }),
);
const modelPages = writeModelPages({
  model,
  posts,
  org,
  baseUrl: BASE_URL,
  home,
  page: { escapeHtml, layout, structuredData, write, alternate },
});
warnings += modelPages.warnings;
const offerPages = writeOfferPages({
  offers,
  org,
  baseUrl: BASE_URL,
  home,
  page: { escapeHtml, layout, structuredData, write },
});
warnings += offerPages.warnings;
writeFileSync(new URL('site.css', out), readFileSync(new URL('./site.css', import.meta.url)));
copyRoiBundle(out);

console.log(
  `static-site: ${textFiles.length} text files (llms.txt, llms-full.txt, Markdown companions)`,
);
console.log(
  `static-site: ${posts.length} posts, 1 FAQ page of ${feed.items.length} questions, ${modelPages.pages} plan and author pages, ${offerPages.pages} training and workshop pages, a contact page, JSON-LD valid (${warnings} Google warnings) → examples/static-site/dist/`,
);
