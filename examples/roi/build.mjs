// Builds the ROI example: two pages on <aira-roi> from @aira/roi-widget.
// - index.html: what a partner pastes, one <script> and the tag (the training case, editable
//   and shareable by URL) plus the pilot in three scenarios.
// - vooraf-gerenderd.html: the same case pre-rendered with renderRoiHtml, readable without
//   JavaScript and by crawlers; the element takes over when its script runs.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderRoiHtml } from '@aira/roi-widget/server';

const out = new URL('./dist/', import.meta.url);
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
copyFileSync(
  fileURLToPath(import.meta.resolve('@aira/roi-widget/aira-roi.js')),
  new URL('aira-roi.js', out),
);
copyFileSync(new URL('./roi.css', import.meta.url), new URL('roi.css', out));
copyFileSync(new URL('./src/app.mjs', import.meta.url), new URL('app.js', out));

const page = ({ title, description, intro, body }) => `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<meta name="description" content="${description}">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="roi.css">
<script type="module" src="aira-roi.js"></script>
<script type="module" src="app.js"></script>
</head>
<body>
<main>
<p><a href="/">Alle voorbeelden</a> · <a href="./">Rekenvoorbeeld</a> · <a href="vooraf-gerenderd">Vooraf gerenderd</a></p>
<h1>${title}</h1>
${intro}
${body}
<p id="last-change" class="note" role="status"></p>
</main>
</body>
</html>
`;

writeFileSync(
  new URL('index.html', out),
  page({
    title: 'Wat levert AI-training op?',
    description:
      'Reken uit wat AI-training uw team oplevert: investering, baten, ROI en terugverdientijd, exact tot op de cent.',
    intro: `<p>Vul uw eigen cijfers in. Elk bedrag komt uit <code>@aira/roi</code> (exact tot op de cent, excl. btw); het adres van deze pagina bewaart uw invoer, zodat u precies deze berekening met een collega kunt delen.</p>`,
    body: `<section aria-labelledby="training-heading">
<h2 id="training-heading">Training voor uw team</h2>
<aira-roi share heading-level="3"></aira-roi>
</section>
<section aria-labelledby="pilot-heading">
<h2 id="pilot-heading">Een pilot in drie scenario's</h2>
<p>Een fictieve pilot: eenmalig € 5.000, tools € 300 per maand, 5, 10 of 15 uur per week bespaard tegen € 60 per uur. Subsidie kan tot 70% van de kosten dekken.</p>
<aira-roi mode="pilot" heading-level="3"></aira-roi>
</section>`,
  }),
);

writeFileSync(
  new URL('vooraf-gerenderd.html', out),
  page({
    title: 'Wat levert AI-training op? (vooraf gerenderd)',
    description:
      'Het rekenvoorbeeld van AI-training als gewone HTML, leesbaar zonder JavaScript, met een rekenmodule die het overneemt.',
    intro: `<p>Deze pagina bevat het rekenvoorbeeld al als HTML, gemaakt met <code>renderRoiHtml</code> uit <code>@aira/roi-widget/server</code>: zonder JavaScript leesbaar, en voor zoekmachines. Zodra het script geladen is, kunt u rekenen. De prijs per deelnemer ligt hier vast, zoals een partner die zijn eigen tarief toont.</p>`,
    body: `<section aria-labelledby="training-heading">
<h2 id="training-heading">Training voor uw team</h2>
${renderRoiHtml({ 'price-per-participant': 495 }, { fixed: ['price-per-participant'], headingLevel: 3 })}
</section>`,
  }),
);
console.log(
  `roi: index.html and vooraf-gerenderd.html (${readFileSync(new URL('aira-roi.js', out)).length} bytes of element) → examples/roi/dist/`,
);
