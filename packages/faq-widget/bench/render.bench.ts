// Browser benchmark of the built CDN bundle, beside plain native <details> doing the same work
// in the same page: (1) first render of 200 questions, (2) search keystrokes over 1,000 (median,
// 95th percentile, and clearing the search), (3) highlighting after typing pauses, (4) the
// longest main-thread task (PerformanceObserver 'longtask') while 2,000 and 20,000 questions
// render and a reader types, and (5) while "expand all" and "collapse all" run on them.
// Runs under Node (`pnpm bench`): launches the system Chromium with playwright-core, loads
// dist/aira-faq.js into a blank page and times inside the page with performance.now().
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { BenchReport } from '../../../bench/report.ts';
import { CHROMIUM_ARGS, findChromium } from '../../../vitest.browser.ts';

const DIST = new URL('../dist/', import.meta.url);
const ORIGIN = 'http://bench.aira.test';

interface Timing {
  median: number;
  p95: number;
  samples: number;
}

// Runs inside the page: everything it needs is in its own body.
async function measure([kind, count, runs]: readonly [
  'render' | 'search' | 'clear' | 'highlight' | 'tasks' | 'expand',
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
  const quantile = (values: number[], q: number) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? Number.NaN;
  };
  const median = (values: number[]) => quantile(values, 0.5);
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  const layout = () => document.body.getBoundingClientRect();
  type Faq = HTMLElement & { feed: unknown; updateComplete: Promise<boolean> };

  async function widget(): Promise<Faq> {
    const element = document.createElement('aira-faq') as Faq;
    element.feed = structuredClone(feed);
    document.body.append(element);
    await element.updateComplete;
    // The first screenful comes in a task of its own; the rest follows in later tasks: wait
    // until every question is there (each following task is part of the render's time).
    const rendered = () => element.shadowRoot?.querySelectorAll('.item').length ?? 0;
    while (rendered() < count) {
      await new Promise((resolve) => setTimeout(resolve));
      await element.updateComplete;
    }
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

  // The longest main-thread task while `work` runs.
  const longest = async (work: () => Promise<void>) => {
    const durations: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) durations.push(entry.duration);
    });
    observer.observe({ type: 'longtask' });
    await work();
    await frame();
    for (const entry of observer.takeRecords()) durations.push(entry.duration);
    observer.disconnect();
    // A task under 50 ms is not reported: 0 means "none over 50 ms".
    return Math.max(0, ...durations);
  };

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
  } else if (kind === 'expand') {
    // "Expand all" and then "collapse all" on a long list that has fully rendered, until
    // every answer is open (closed) and laid out; native: setting `open` on every <details>.
    for (let run = 0; run < runs; run++) {
      const element = await widget();
      const [expand, collapse] = Array.from(
        element.shadowRoot?.querySelectorAll<HTMLButtonElement>('.control') ?? [],
      );
      const panels = () =>
        element.shadowRoot?.querySelectorAll('.panel:not([hidden]) .answer').length ?? 0;
      widgetTimes.push(
        await longest(async () => {
          expand?.click();
          while (panels() < count) await frame();
          collapse?.click();
          while (panels() > 0) await frame();
        }),
      );
      element.remove();
      // Chromium takes minutes to open 20,000 <details> (each fires its own toggle): the
      // native baseline is taken on shorter lists only.
      if (count > 2000) continue;
      const root = natives();
      const details = Array.from(root.children) as HTMLDetailsElement[];
      nativeTimes.push(
        await longest(async () => {
          for (const d of details) d.open = true;
          layout();
          await frame();
          for (const d of details) d.open = false;
          layout();
          await frame();
        }),
      );
      root.remove();
    }
  } else if (kind === 'tasks') {
    for (let run = 0; run < runs; run++) {
      let element: Faq | undefined;
      const data = structuredClone(feed);
      widgetTimes.push(
        await longest(async () => {
          element = document.createElement('aira-faq') as Faq;
          element.feed = data;
          document.body.append(element);
          const items = () => element?.shadowRoot?.querySelectorAll('.item').length ?? 0;
          while (items() < count) await frame();
          const input = element.shadowRoot?.querySelector('input') as HTMLInputElement;
          for (const word of ['u', 'ut', 'utr', 'utre', '']) {
            input.value = word;
            input.dispatchEvent(new Event('input'));
            await frame();
          }
        }),
      );
      element?.remove();
      let root: HTMLElement | undefined;
      nativeTimes.push(
        await longest(async () => {
          root = natives();
          await frame();
        }),
      );
      root?.remove();
    }
  } else if (kind === 'clear') {
    // Clearing a search that showed few questions: every question comes back.
    const element = await widget();
    const input = element.shadowRoot?.querySelector('input') as HTMLInputElement;
    const root = natives();
    const details = Array.from(root.children) as HTMLElement[];
    for (let run = 0; run < runs; run++) {
      input.value = 'utrecht';
      input.dispatchEvent(new Event('input'));
      await element.updateComplete;
      for (const d of details) d.hidden = !d.textContent?.toLowerCase().includes('utrecht');
      layout();
      await frame();
      let start = performance.now();
      input.value = '';
      input.dispatchEvent(new Event('input'));
      await element.updateComplete;
      layout();
      widgetTimes.push(performance.now() - start);
      start = performance.now();
      for (const d of details) d.hidden = false;
      layout();
      nativeTimes.push(performance.now() - start);
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
  const timing = (times: number[]) => ({
    median: median(times),
    p95: quantile(times, 0.95),
    samples: times.length,
  });
  return { widget: timing(widgetTimes), native: timing(nativeTimes) };
}

export default async function run(): Promise<BenchReport[]> {
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    // The bundle loads its on-demand parts by URL, beside itself: serve dist/ as a CDN would.
    await page.route(`${ORIGIN}/**`, (route) => {
      const path = new URL(route.request().url()).pathname.slice(1);
      if (!path) {
        return route.fulfill({
          contentType: 'text/html',
          body: '<!doctype html><html lang="nl"><body></body></html>',
        });
      }
      return route.fulfill({
        contentType: 'text/javascript',
        body: readFileSync(new URL(path, DIST), 'utf8'),
      });
    });
    await page.goto(`${ORIGIN}/`);
    // tsx compiles with esbuild's keepNames, which wraps functions in __name(): give the page
    // that helper, or `measure` would throw a ReferenceError once serialized into it.
    await page.evaluate('globalThis.__name = (fn) => fn');
    await page.addScriptTag({ url: `${ORIGIN}/aira-faq.js`, type: 'module' });
    await page.waitForFunction(() => customElements.get('aira-faq') !== undefined);
    // Warm up the JIT and Lit's template cache, as on a page that has rendered before.
    await page.evaluate(measure, ['render', 50, 3] as const);
    const render = await page.evaluate(measure, ['render', 200, 15] as const);
    const search = await page.evaluate(measure, ['search', 1000, 5] as const);
    const clear = await page.evaluate(measure, ['clear', 1000, 10] as const);
    const highlight = await page.evaluate(measure, ['highlight', 1000, 2] as const);
    const tasks2k = await page.evaluate(measure, ['tasks', 2000, 2] as const);
    const tasks20k = await page.evaluate(measure, ['tasks', 20000, 1] as const);
    const expand2k = await page.evaluate(measure, ['expand', 2000, 2] as const);
    const expand20k = await page.evaluate(measure, ['expand', 20000, 1] as const);
    const report = (
      name: string,
      t: { widget: Timing; native: Timing },
      what: string,
      pick: 'median' | 'p95' = 'median',
      notes = `${pick === 'median' ? 'median' : '95th percentile'} of ${t.widget.samples} runs in headless Chromium, including layout`,
    ) => ({
      name,
      unit: 'ms',
      value: t.widget[pick],
      baseline: { name: `native <details>, ${what}`, value: t.native[pick] },
      ratio: t.widget[pick] / t.native[pick],
      notes,
    });
    const longest = 'longest task seen (0: none over 50 ms), worst of the runs';
    const worst = (t: { widget: Timing; native: Timing }) => ({
      widget: { ...t.widget, median: t.widget.p95 },
      native: { ...t.native, median: t.native.p95 },
    });
    return [
      report('<aira-faq> first render, 200 items', render, 'built from the same data'),
      report(
        '<aira-faq> search keystroke, 1,000 items',
        search,
        'toggling hidden by textContent match',
      ),
      report(
        '<aira-faq> search keystroke p95, 1,000 items',
        search,
        'toggling hidden by textContent match',
        'p95',
      ),
      report('<aira-faq> clearing the search, 1,000 items', clear, 'unhiding every <details>'),
      report(
        '<aira-faq> highlight after typing pauses, 1,000 items',
        highlight,
        'one <mark> per matching summary',
      ),
      report(
        '<aira-faq> longest task, 2,000 items: render + typing',
        worst(tasks2k),
        'longest task rendering them',
        'median',
        longest,
      ),
      report(
        '<aira-faq> longest task, 20,000 items: render + typing',
        worst(tasks20k),
        'longest task rendering them',
        'median',
        longest,
      ),
      report(
        '<aira-faq> longest task, 2,000 items: expand all + collapse all',
        worst(expand2k),
        'longest task opening and closing every <details>',
        'median',
        longest,
      ),
      {
        name: '<aira-faq> longest task, 20,000 items: expand all + collapse all',
        unit: 'ms',
        value: expand20k.widget.p95,
        notes: `${longest}; no native baseline (Chromium needs minutes to open 20,000 <details>)`,
      },
    ];
  } finally {
    await browser.close();
  }
}
