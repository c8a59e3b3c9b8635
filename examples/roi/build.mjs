// Builds the ROI calculator: the page is rendered here with the worked example (readable
// without JavaScript), and src/app.mjs is bundled with @aira/roi for live recalculation.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { PILOT_EXAMPLE, pilotHtml, TRAINING_EXAMPLE, trainingHtml } from './src/render.mjs';

const out = new URL('./dist/', import.meta.url);
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

await build({
  entryPoints: [new URL('./src/app.mjs', import.meta.url).pathname],
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  outfile: new URL('app.js', out).pathname,
  logLevel: 'warning',
});

const labels = {
  participants: 'Aantal deelnemers',
  pricePerParticipant: 'Prijs per deelnemer (€, excl. btw)',
  hoursSavedPerWeek: 'Uren bespaard per deelnemer per week',
  hourlyRate: 'Uurtarief (€)',
  workingWeeksPerYear: 'Werkweken per jaar',
  otherBenefitsPerYear: 'Overige opbrengst per jaar (€), bijv. minder fouten',
};
const fields = Object.entries(labels)
  .map(
    ([name, label]) =>
      `<label>${label}<input name="${name}" type="number" inputmode="decimal" min="0" step="any" value="${TRAINING_EXAMPLE[name]}"></label>`,
  )
  .join('\n');

const page = `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Rekenvoorbeeld: wat levert AI-training op?</title>
<meta name="description" content="Reken uit wat AI-training uw team oplevert: investering, baten, ROI en terugverdientijd, exact tot op de cent.">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="roi.css">
<script type="module" src="app.js"></script>
</head>
<body>
<main>
<p><a href="/">Alle voorbeelden</a></p>
<h1>Wat levert AI-training op?</h1>
<p>Vul uw eigen cijfers in. De berekening gebruikt <code>trainingRoi</code> en <code>explainRoi</code> uit <code>@aira/roi</code>; bedragen zijn exact tot op de cent en excl. btw.</p>
<section aria-labelledby="training-heading">
<h2 id="training-heading">Training voor uw team</h2>
<form id="calculator">${fields}</form>
<p id="input-problem" class="problem" role="status"></p>
<div id="training-result" aria-live="polite">${trainingHtml(TRAINING_EXAMPLE)}</div>
</section>
<section aria-labelledby="pilot-heading">
<h2 id="pilot-heading">Een pilot in drie scenario's</h2>
<p>Een fictieve pilot: eenmalig ${PILOT_EXAMPLE.oneOffCosts.toLocaleString('nl-NL')} euro, tools ${PILOT_EXAMPLE.monthlyCosts} euro per maand, ${PILOT_EXAMPLE.hoursSavedPerWeek} uur per week bespaard tegen ${PILOT_EXAMPLE.hourlyRate} euro per uur, over ${PILOT_EXAMPLE.horizonMonths} maanden. Voorzichtig: 5 uur per week en 80% toegerekend aan de pilot. Optimistisch: 15 uur per week.</p>
${pilotHtml()}
</section>
</main>
</body>
</html>
`;
writeFileSync(new URL('index.html', out), page);
writeFileSync(new URL('roi.css', out), readFileSync(new URL('./roi.css', import.meta.url)));
console.log('roi: dist/index.html and dist/app.js');
