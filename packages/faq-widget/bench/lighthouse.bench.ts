// Lighthouse (mobile defaults: Moto G Power viewport, simulated slow 4G, 4× CPU slowdown) on
// the partner example pages, served by the demo server as `npm start` serves them. Records
// performance, cumulative layout shift, total blocking time and largest contentful paint for
// the one-tag page, the pre-rendered page and the pasted-snippet page, each beside the same
// questions as plain HTML without any script (the baseline). Lab figures on a shared machine
// move from run to run, most of all TBT: each is the median of LIGHTHOUSE_RUNS runs (default 3).
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { BenchReport } from '../../../bench/report.ts';
import {
  buildExamples,
  createDemoServer,
  missingBuild,
  root,
  STRICT_CSP,
} from '../../../scripts/demo-server.mjs';
import { findChromium } from '../../../vitest.browser.ts';

const PAGES = [
  ['one-tag page', '/partner-site/'],
  ['pre-rendered page', '/partner-site/prerendered.html'],
  ['pasted-snippet page', '/partner-site/pasted.html'],
] as const;
const BASELINE = '/partner-site/plain.html';
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);

interface Figures {
  performance: number;
  cls: number;
  tbt: number;
  lcp: number;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/** The pre-rendered page without any script: what the questions cost as plain HTML. */
function plainPage(): string {
  const html = readFileSync(`${root}/examples/partner-site/prerendered.html`, 'utf8');
  return html.replace(/<script type="module"[^>]*><\/script>\s*/g, '');
}

async function measure(port: number, url: string): Promise<Figures> {
  const runs: Figures[] = [];
  for (let i = 0; i < RUNS; i++) {
    const result = await lighthouse(url, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { audits, categories } = result.lhr;
    runs.push({
      performance: Math.round((categories.performance?.score ?? 0) * 100),
      cls: audits['cumulative-layout-shift']?.numericValue ?? Number.NaN,
      tbt: audits['total-blocking-time']?.numericValue ?? Number.NaN,
      lcp: audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
    });
  }
  return {
    performance: median(runs.map((r) => r.performance)),
    cls: median(runs.map((r) => r.cls)),
    tbt: median(runs.map((r) => r.tbt)),
    lcp: median(runs.map((r) => r.lcp)),
  };
}

export default async function run(): Promise<BenchReport[]> {
  const missing = missingBuild();
  if (missing) throw new Error(missing);
  if (buildExamples({ quiet: true }) !== 0) throw new Error('the examples did not build');
  const demo = createDemoServer();
  const serveDemo = demo.listeners('request')[0] as (
    req: IncomingMessage,
    res: ServerResponse,
  ) => void;
  const plain = plainPage();
  // The demo server plus one page: the baseline, served with the same CSP.
  const server = createServer((req, res) => {
    if (req.url !== BASELINE) return serveDemo(req, res);
    res.setHeader('Content-Security-Policy', STRICT_CSP);
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(plain);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const chrome = await chromeLauncher.launch({
    chromePath: findChromium(),
    chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const baseline = await measure(chrome.port, `${origin}${BASELINE}`);
    const reports: BenchReport[] = [];
    for (const [name, path] of PAGES) {
      const figures = await measure(chrome.port, `${origin}${path}`);
      const notes = `Lighthouse ${RUNS > 1 ? `median of ${RUNS} runs` : '1 run'}, mobile defaults`;
      const base = (value: number, unit?: string) => ({
        name: 'the same questions as plain HTML, no script',
        value,
        ...(unit ? { unit } : {}),
      });
      reports.push(
        {
          name: `Lighthouse performance, partner ${name}`,
          unit: 'score',
          value: figures.performance,
          baseline: base(baseline.performance),
          ratio: figures.performance / baseline.performance,
          notes,
        },
        {
          name: `cumulative layout shift, partner ${name}`,
          unit: 'CLS',
          value: figures.cls,
          baseline: base(baseline.cls),
          notes: `${notes}; target ≤ 0.02`,
        },
        {
          name: `total blocking time, partner ${name}`,
          unit: 'ms',
          value: figures.tbt,
          baseline: base(baseline.tbt),
          ...(baseline.tbt > 0 ? { ratio: figures.tbt / baseline.tbt } : {}),
          notes,
        },
        {
          name: `largest contentful paint, partner ${name}`,
          unit: 'ms',
          value: figures.lcp,
          baseline: base(baseline.lcp),
          ratio: figures.lcp / baseline.lcp,
          notes,
        },
      );
    }
    return reports;
  } finally {
    await chrome.kill();
    server.close();
  }
}
