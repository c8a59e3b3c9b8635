// Browser benchmark of the built single-file bundle, beside plain native <details> doing the
// same work: (1) first render of 200 questions, (2) one search keystroke over 1,000.
// Runs under Node (`pnpm bench`): launches the system Chromium with playwright-core, loads
// dist/aira-faq.js into a blank page and times inside the page with performance.now().
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { BenchReport } from '../../../bench/report.ts';
import { CHROMIUM_ARGS, findChromium } from '../../../vitest.browser.ts';

const BUNDLE = new URL('../dist/aira-faq.js', import.meta.url);

interface Timing {
  median: number;
  samples: number;
}

// Runs inside the page: everything it needs is in its own body.
async function measure([kind, count, runs]: readonly [
  'render' | 'search' | 'highlight',
  number,
  number,
]) {
  const feed = {
    version: 1,
    locale: 'nl-NL',
    items: Array.from({ length: count }, (_, i) => ({
      id: `vraag-${i + 1}`,
      question: `Vraag ${i + 1}: hoe snel kunnen we starten met AI-training in ${['Amsterdam', 'Utrecht', 'Rotterdam'][i % 3]}?`,
      answer: `Na uw aanvraag plannen we binnen **1–2 werkdagen** een intake. Een pilot duurt 4–8 weken.\n\n- in-company\n- online of hybride\n\nZie [de trainingen](https://aira.example/trainingen/${i}).`,
    })),
  };
  const answerHtml = (i: number) =>
    `<p>Na uw aanvraag plannen we binnen <strong>1–2 werkdagen</strong> een intake. Een pilot duurt 4–8 weken.</p><ul><li>in-company</li><li>online of hybride</li></ul><p>Zie <a href="https://aira.example/trainingen/${i}">de trainingen</a>.</p>`;
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
  };
  const layout = () => document.body.getBoundingClientRect();
  type Faq = HTMLElement & { feed: unknown; updateComplete: Promise<boolean> };

  async function widget(): Promise<Faq> {
    const element = document.createElement('aira-faq') as Faq;
    element.feed = structuredClone(feed);
    document.body.append(element);
    await element.updateComplete;
    layout();
    return element;
  }
  function natives(): HTMLElement {
    // The baseline: the same questions and (already rendered) answers as native <details>.
    const root = document.createElement('div');
    for (const [i, item] of feed.items.entries()) {
      const details = document.createElement('details');
      const summary = document.createElement('summary');
      summary.textContent = item.question;
      const answer = document.createElement('div');
      answer.innerHTML = answerHtml(i);
      details.append(summary, answer);
      root.append(details);
    }
    document.body.append(root);
    layout();
    return root;
  }

  const widgetTimes: number[] = [];
  const nativeTimes: number[] = [];
  if (kind === 'render') {
    for (let run = 0; run < runs; run++) {
      let start = performance.now();
      const element = await widget();
      widgetTimes.push(performance.now() - start);
      element.remove();
      start = performance.now();
      natives().remove();
      nativeTimes.push(performance.now() - start);
    }
  } else if (kind === 'highlight') {
    // What follows a pause in typing: marking the matches in every shown question.
    const element = await widget();
    const input = element.shadowRoot?.querySelector('input') as HTMLInputElement;
    const root = natives();
    const summaries = Array.from(root.querySelectorAll('summary'));
    for (let run = 0; run < runs; run++) {
      for (const word of ['utrecht', 'starten', '']) {
        input.value = word;
        input.dispatchEvent(new Event('input'));
        await element.updateComplete;
        layout();
        // The highlight pass runs in the widget's pause timer: note when that timer fires
        // (the 400 ms wait itself is not work), then time until the marked list is laid out.
        let fired = 0;
        const realSetTimeout = window.setTimeout;
        window.setTimeout = ((fn: () => void, ms?: number) =>
          realSetTimeout(() => {
            fired = performance.now();
            fn();
          }, ms)) as typeof window.setTimeout;
        input.value = `${word} `;
        input.dispatchEvent(new Event('input'));
        window.setTimeout = realSetTimeout;
        await new Promise((resolve) =>
          element.addEventListener('aira-faq-search', resolve, { once: true }),
        );
        layout();
        widgetTimes.push(performance.now() - fired);
        const start = performance.now();
        for (const summary of summaries) {
          const text = summary.textContent ?? '';
          const at = word ? text.toLowerCase().indexOf(word) : -1;
          summary.replaceChildren(text);
          if (at >= 0) {
            const mark = document.createElement('mark');
            mark.textContent = text.slice(at, at + word.length);
            summary.replaceChildren(text.slice(0, at), mark, text.slice(at + word.length));
          }
        }
        layout();
        nativeTimes.push(performance.now() - start);
      }
    }
    element.remove();
    root.remove();
  } else {
    const element = await widget();
    const input = element.shadowRoot?.querySelector('input') as HTMLInputElement;
    const root = natives();
    const details = Array.from(root.children) as HTMLElement[];
    const words = ['i', 'in', 'int', 'inta', 'intak', 'intake', 'utrecht', 'pilot', 'xyz', ''];
    for (let run = 0; run < runs; run++) {
      for (const word of words) {
        let start = performance.now();
        input.value = word;
        input.dispatchEvent(new Event('input'));
        await element.updateComplete;
        layout();
        widgetTimes.push(performance.now() - start);
        start = performance.now();
        const query = word.toLowerCase();
        for (const d of details) d.hidden = !d.textContent?.toLowerCase().includes(query);
        layout();
        nativeTimes.push(performance.now() - start);
      }
    }
    element.remove();
    root.remove();
  }
  return {
    widget: { median: median(widgetTimes), samples: widgetTimes.length },
    native: { median: median(nativeTimes), samples: nativeTimes.length },
  };
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
    await page.waitForFunction(() => customElements.get('aira-faq') !== undefined);
    // Warm up the JIT and Lit's template cache, as on a page that has rendered before.
    await page.evaluate(measure, ['render', 50, 3] as const);
    const render = await page.evaluate(measure, ['render', 200, 15] as const);
    const search = await page.evaluate(measure, ['search', 1000, 3] as const);
    const highlight = await page.evaluate(measure, ['highlight', 1000, 2] as const);
    const report = (name: string, t: { widget: Timing; native: Timing }, what: string) => ({
      name,
      unit: 'ms',
      value: t.widget.median,
      baseline: { name: `native <details>, ${what}`, value: t.native.median },
      ratio: t.widget.median / t.native.median,
      notes: `median of ${t.widget.samples} runs in headless Chromium, including layout`,
    });
    return [
      report('<aira-faq> first render, 200 items', render, 'built from the same data'),
      report(
        '<aira-faq> search keystroke, 1,000 items',
        search,
        'toggling hidden by textContent match',
      ),
      report(
        '<aira-faq> highlight after typing pauses, 1,000 items',
        highlight,
        'one <mark> per matching summary',
      ),
    ];
  } finally {
    await browser.close();
  }
}
