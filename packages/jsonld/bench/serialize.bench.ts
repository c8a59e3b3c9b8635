// `pnpm bench`: serializing a 500-question FAQPage with serializeJsonLd (which checks the
// whole value and escapes <, &, U+2028, U+2029) against plain JSON.stringify of the same
// object, which does neither. Runs against the built package.
import { faqPage, serializeJsonLd } from '@aira/jsonld';
import type { BenchReport } from '../../../bench/report.ts';

const QUESTIONS = 500;

function feed() {
  const cities = ['Amsterdam', 'Utrecht', 'Rotterdam', 'Den Haag'];
  return {
    version: 1 as const,
    locale: 'nl-NL',
    title: 'Veelgestelde vragen over AI-training',
    url: 'https://example.nl/faq',
    items: Array.from({ length: QUESTIONS }, (_, i) => ({
      id: `vraag-${i + 1}`,
      question: `Vraag ${i + 1}: hoe snel kunnen we starten met AI-training in ${cities[i % cities.length]}?`,
      answer: `Na uw aanvraag plannen we binnen **1–2 werkdagen** een intake & een pilot duurt 4–8 weken.\n\n- in-company\n- online of hybride\n\nZie [de trainingen](https://example.nl/trainingen/${i}).`,
    })),
  };
}

// The two are timed in alternation, a few calls at a time, and compared by their medians: on a
// shared machine the load drifts, and timing one for a second and then the other for a second
// turns that drift into the ratio.
function alternate(tasks: (() => unknown)[], rounds = 60, calls = 5): number[] {
  const samples = tasks.map((): number[] => []);
  for (let round = 0; round < rounds; round++) {
    tasks.forEach((task, index) => {
      const start = performance.now();
      for (let call = 0; call < calls; call++) task();
      samples[index]?.push((performance.now() - start) / calls);
    });
  }
  return samples.map((list) => list.sort((a, b) => a - b)[list.length >> 1] ?? Number.NaN);
}

// Why both results are read once: for output this large V8's JSON.stringify returns a string
// made of pieces and joins them only when the string is first read, so timing the bare call
// leaves part of its work out, while any escaping pass has to read it and pays for that join.
// Every real caller reads the result (textContent, HTML concatenation, a file), so the fair
// comparison reads both, the same cheap way. The unread ratio is reported as well.
function read(text: string): string {
  text.charCodeAt(text.length >> 1);
  return text;
}

export default async function run(): Promise<BenchReport[]> {
  const data = faqPage(feed(), { baseUrl: 'https://example.nl' });
  const bytes = serializeJsonLd(data).length;
  const tasks = [
    () => read(serializeJsonLd(data)),
    () => read(JSON.stringify(data)),
    () => serializeJsonLd(data),
    () => JSON.stringify(data),
  ];
  alternate(tasks, 10);
  const [
    ours = Number.NaN,
    baseline = Number.NaN,
    oursUnread = Number.NaN,
    baselineUnread = Number.NaN,
  ] = alternate(tasks);
  const name = `serializeJsonLd, FAQPage with ${QUESTIONS} questions`;
  return [
    {
      name,
      unit: 'ms',
      value: ours,
      baseline: { name: 'JSON.stringify, result read', value: baseline },
      ratio: ours / baseline,
      notes: `${Math.round(bytes / 1024)} KiB of JSON-LD; includes the value check and the HTML-safe escaping; both results read once; medians of alternating runs`,
    },
    {
      name: `${name}, result not read`,
      unit: 'ms',
      value: oursUnread,
      baseline: { name: 'JSON.stringify, result not read', value: baselineUnread },
      ratio: oursUnread / baselineUnread,
      notes:
        'for comparison only: JSON.stringify defers joining its result to the first read, so this baseline leaves part of its work out',
    },
  ];
}
