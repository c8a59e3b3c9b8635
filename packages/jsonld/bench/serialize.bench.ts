// `pnpm bench`: serializing a 500-question FAQPage with serializeJsonLd (which checks the
// whole value and escapes <, >, &, U+2028, U+2029) against plain JSON.stringify of the same
// object, which does neither. Runs against the built package.
import { faqPage, serializeJsonLd } from '@aira/jsonld';
import { Bench } from 'tinybench';
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

export default async function run(): Promise<BenchReport[]> {
  const data = faqPage(feed(), { baseUrl: 'https://example.nl' });
  const bytes = serializeJsonLd(data).length;
  const bench = new Bench({ time: 1000, warmup: true });
  bench
    .add('serializeJsonLd', () => {
      serializeJsonLd(data);
    })
    .add('JSON.stringify', () => {
      JSON.stringify(data);
    });
  await bench.run();
  const mean = (name: string) => {
    const result = bench.getTask(name)?.result;
    if (!result || !('latency' in result)) throw new Error(`bench task ${name} did not complete`);
    return result.latency.mean;
  };
  const ours = mean('serializeJsonLd');
  const baseline = mean('JSON.stringify');
  return [
    {
      name: `serializeJsonLd, FAQPage with ${QUESTIONS} questions`,
      unit: 'ms',
      value: ours,
      baseline: { name: 'JSON.stringify', value: baseline },
      ratio: ours / baseline,
      notes: `${Math.round(bytes / 1024)} KiB of JSON-LD; includes the value check and the HTML-safe escaping`,
    },
  ];
}
