import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../vitest.browser.ts';
const DIST = new URL('../packages/faq-widget/dist/', import.meta.url);
const ORIGIN = 'http://bench.aira.test';
const count = Number(process.argv[2] ?? 20000);
const hash = process.argv[3] ?? '';
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.route(`${ORIGIN}/**`, (route) => {
  const path = new URL(route.request().url()).pathname.slice(1);
  if (!path) return route.fulfill({ contentType: 'text/html', body: '<!doctype html><html lang="nl"><body></body></html>' });
  return route.fulfill({ contentType: 'text/javascript', body: readFileSync(new URL(path, DIST), 'utf8') });
});
await page.goto(`${ORIGIN}/${hash}`);
await page.evaluate('globalThis.__name = (fn) => fn');
if (process.env.NOCV) await page.evaluate(`globalThis.NOCV = ${JSON.stringify(process.env.NOCV)}`);
await page.addScriptTag({ url: `${ORIGIN}/aira-faq.js`, type: 'module' });
await page.waitForFunction(() => customElements.get('aira-faq') !== undefined);
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
await cdp.send('Profiler.start');
const out = await page.evaluate(async (count) => {
  const feed = { version: 1, locale: 'nl-NL', items: Array.from({ length: count }, (_, i) => ({
    id: `vraag-${i + 1}`,
    question: `Vraag ${i + 1}: hoe snel kunnen we starten met AI-training in ${['Amsterdam', 'Utrecht', 'Rotterdam'][i % 3]}?`,
    answer: `Na uw aanvraag plannen we binnen **1–2 werkdagen** een intake. Een pilot duurt 4–8 weken.\n\n- in-company\n- online of hybride\n\nZie [de trainingen](https://aira.example/trainingen/${i}).`,
  })) };
  const log: string[] = [];
  const t0 = performance.now();
  const mark = (s: string) => log.push(`${(performance.now() - t0).toFixed(0)} ${s}`);
  const obs = new PerformanceObserver((l) => { for (const e of l.getEntries()) log.push(`  long ${(e.startTime - t0).toFixed(0)} +${e.duration.toFixed(0)}`); });
  obs.observe({ type: 'longtask' });
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
  const el = document.createElement('aira-faq') as any;
  el.feed = feed; mark('feed set');
  document.body.append(el); mark('appended');
  if ((globalThis as any).NOCV) { const sh = new CSSStyleSheet(); sh.replaceSync((globalThis as any).NOCV); el.shadowRoot.adoptedStyleSheets = [...el.shadowRoot.adoptedStyleSheets, sh]; }
  const items = () => el.shadowRoot?.querySelectorAll('.item').length ?? 0;
  let n = 0;
  while (items() < count) { await frame(); n++; }
  mark(`all rendered after ${n} frames`);
  const input = el.shadowRoot.querySelector('input');
  for (const word of ['u', 'ut', 'utr', 'utre', '']) {
    mark(`type ${word}`);
    input.value = word; input.dispatchEvent(new Event('input'));
    await frame();
  }
  await frame();
  for (const e of obs.takeRecords()) log.push(`  long ${(e.startTime - t0).toFixed(0)} +${e.duration.toFixed(0)}`);
  mark('end');
  return log.join('\n');
}, count);
console.log(out);
const { profile } = await cdp.send('Profiler.stop');
const self = new Map<string, number>();
const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
const dt = profile.timeDeltas; let total = 0;
profile.samples.forEach((id: number, i: number) => { const n: any = byId.get(id); const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) ?? 0) + dt[i] / 1000); total += dt[i] / 1000; });
console.log('total', total.toFixed(0));
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(v.toFixed(0).padStart(7), k);
await browser.close();
