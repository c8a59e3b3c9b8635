// Browser benchmark of the built single-file bundle: the time from a changed input to updated
// figures (event, exact recomputation by @aira/roi, render, layout), for the training case,
// the pilot's three scenarios over 12 months, and over 600 months. Baseline, in the same page:
// a plain form that recomputes the training figures with float formulas and writes them into
// <output> elements, the way a hand-made iframe calculator does.
// Runs under Node (`pnpm bench`): launches the system Chromium with playwright-core.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { BenchReport } from '../../../bench/report.ts';
import { CHROMIUM_ARGS, findChromium } from '../../../vitest.browser.ts';

const BUNDLE = new URL('../dist/aira-roi.js', import.meta.url);

// Runs inside the page: everything it needs is in its own body.
async function measure([markup, field, values, runs]: readonly [
  string,
  string,
  readonly string[],
  number,
]) {
  const median = (list: number[]) =>
    [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? Number.NaN;
  const layout = () => document.body.getBoundingClientRect();
  type Roi = HTMLElement & { updateComplete: Promise<boolean> };
  const host = document.createElement('div');
  host.innerHTML = markup;
  document.body.append(host);
  const element = host.querySelector('aira-roi') as Roi;
  await element.updateComplete;
  const input = element.shadowRoot?.querySelector(`input[name="${field}"]`) as HTMLInputElement;
  const figures = () =>
    Array.from(
      element.shadowRoot?.querySelectorAll('.card dd') ?? [],
      (dd) => dd.textContent,
    ).join();
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    for (const value of values) {
      const before = figures();
      const start = performance.now();
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await element.updateComplete;
      layout();
      times.push(performance.now() - start);
      if (figures() === before && value !== values[0]) throw new Error('figures did not change');
    }
  }
  host.remove();

  // The baseline: float formulas into <output>s.
  const form = document.createElement('form');
  form.innerHTML =
    '<input name="p" value="50"><output id="i"></output><output id="b"></output><output id="r"></output><output id="m"></output>';
  document.body.append(form);
  const p = form.querySelector('input') as HTMLInputElement;
  const out = (id: string) => form.querySelector(`#${id}`) as HTMLOutputElement;
  const plain: number[] = [];
  const euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });
  for (let run = 0; run < runs; run++) {
    for (const value of values) {
      const start = performance.now();
      p.value = value;
      const people = Number(value.replace(/\./g, '').replace(',', '.'));
      const investment = people * 495;
      const benefit = 3 * people * 50 * 45 + 50_000;
      out('i').value = euro.format(investment);
      out('b').value = euro.format(benefit);
      out('r').value = `${Math.round(((benefit - investment) / investment) * 100)}%`;
      out('m').value = (investment / (benefit / 12)).toFixed(2);
      layout();
      plain.push(performance.now() - start);
    }
  }
  form.remove();
  return { element: median(times), plain: median(plain), samples: times.length };
}

export default async function run(): Promise<BenchReport[]> {
  const bundle = readFileSync(BUNDLE, 'utf8');
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.setContent('<!doctype html><html lang="nl"><body></body></html>');
    // tsx compiles with esbuild's keepNames, which wraps functions in __name(): give the page
    // that helper, or `measure` would throw a ReferenceError once serialized into it.
    await page.evaluate('globalThis.__name = (fn) => fn');
    await page.addScriptTag({ content: bundle, type: 'module' });
    await page.waitForFunction(() => customElements.get('aira-roi') !== undefined);
    const people = ['50', '51', '120', '7', '1.250'];
    const hours = ['10', '11', '12,5', '8', '20'];
    // Warm up the JIT and Lit's template cache.
    await page.evaluate(measure, ['<aira-roi></aira-roi>', 'participants', people, 5] as const);
    const cases = [
      ['training case (12 months)', '<aira-roi></aira-roi>', 'participants', people],
      [
        'pilot, 3 scenarios × 12 months',
        '<aira-roi mode="pilot"></aira-roi>',
        'hours-saved-per-week',
        hours,
      ],
      [
        'pilot, 3 scenarios × 600 months',
        '<aira-roi mode="pilot" horizon-months="600"></aira-roi>',
        'hours-saved-per-week',
        hours,
      ],
    ] as const;
    const reports: BenchReport[] = [];
    for (const [name, markup, field, values] of cases) {
      const t = await page.evaluate(measure, [markup, field, [...values], 10] as const);
      reports.push({
        name: `<aira-roi> changed input → updated figures, ${name}`,
        unit: 'ms',
        value: t.element,
        baseline: { name: 'plain form, float formulas into <output>s', value: t.plain },
        ratio: t.element / t.plain,
        notes: `median of ${t.samples} changes in headless Chromium, including layout; exact cents, derivation and chart included`,
      });
    }
    return reports;
  } finally {
    await browser.close();
  }
}
