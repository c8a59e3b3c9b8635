// `pnpm bench`: the scale figures of issue 11. Each heavy input beside the plain work on the
// same data (JSON.parse), so the ratio shows whether validation stays in proportion:
// - a 50,000-item FAQ feed through checkFaqFeed (the widget's check) and parseFaqFeed (zod),
// - a feed with 150,000 broken items (zod alone overflowed the stack on it),
// - lint of a post with a `# a` + 40,000 spaces + `x` line and other long lines,
// - the "did you mean" suggestion for a 400 KB key, alone and inside a post's frontmatter.
// The unit tests prove the behaviour (linear, bounded); this file only measures it.
import {
  checkFaqFeed,
  lintBlogPost,
  parseBlogPost,
  parseFaqFeed,
  safeParseFaqFeed,
} from '@aira/content-schema';
import { Bench } from 'tinybench';
import type { BenchReport } from '../../../bench/report.ts';
import { nearestName } from '../src/source/nearest-name.ts';
import { validPostSource } from '../src/test/fixtures.ts';

const ITEMS = 50_000;
const BROKEN = 150_000;
const LINE = 40_000;
const KEY = 400_000;

function feedText(items: number): string {
  const categories = ['starten', 'kosten', 'tools', 'privacy'].map((id) => ({ id, label: id }));
  return JSON.stringify({
    version: 1,
    locale: 'nl-NL',
    url: 'https://aira.example/faq',
    categories,
    items: Array.from({ length: items }, (_, i) => ({
      id: `vraag-${i}`,
      question: `Hoe werkt stap ${i} van een AI-traject?`,
      answer: 'Een **korte** uitleg met een [link](/blog/ai-training-mkb).',
      category: categories[i % categories.length]?.id,
      tags: ['ai', 'mkb'],
      updated: '2026-11-22',
      related: i > 0 ? [`vraag-${i - 1}`, `vraag-${(i + 1) % items}`] : [],
    })),
  });
}

const brokenText = () =>
  JSON.stringify({
    version: 1,
    locale: 'nl-NL',
    items: Array.from({ length: BROKEN }, (_, i) => ({
      id: `Fout-${i}`,
      question: 'q',
      answer: 'a',
    })),
  });

export default async function run(): Promise<BenchReport[]> {
  const feed = feedText(ITEMS);
  const broken = brokenText();
  const post = parseBlogPost(validPostSource());
  const longLines = [`# a${' '.repeat(LINE)}x`, '['.repeat(LINE), '<'.repeat(LINE)].join('\n\n');
  const longBody = `${post.body}\n\n${longLines}\n`;
  const longBodyJson = JSON.stringify(longBody);
  const key = 'x'.repeat(KEY);
  const keyPost = validPostSource().replace(
    'slug: ai-training-mkb',
    `slug: ai-training-mkb\n? ${key}\n: waarde`,
  );
  const keyPostJson = JSON.stringify({ frontmatter: { [key]: 'waarde' }, body: post.body });
  const known = ['slug', 'title', 'description', 'date', 'updated', 'author', 'category', 'tags'];

  // Few iterations: each run of the heavy tasks takes from tens of milliseconds to seconds.
  const bench = new Bench({ time: 200, iterations: 5, warmupIterations: 1, warmupTime: 0 });
  bench
    .add('feed50k: checkFaqFeed(JSON.parse)', () => checkFaqFeed(JSON.parse(feed)))
    .add('feed50k: parseFaqFeed(JSON.parse)', () => parseFaqFeed(JSON.parse(feed)))
    .add('feed50k: JSON.parse', () => JSON.parse(feed))
    .add('broken: safeParseFaqFeed(JSON.parse)', () => safeParseFaqFeed(JSON.parse(broken)))
    .add('broken: JSON.parse', () => JSON.parse(broken))
    .add('lint: long lines', () => lintBlogPost({ ...post, body: longBody }))
    .add('lint: JSON.parse', () => JSON.parse(longBodyJson))
    .add('key: nearestName', () => nearestName(key, known))
    .add('key: parseBlogPost', () => {
      try {
        parseBlogPost(keyPost);
      } catch {
        // The unknown key is an issue; its cost is what is measured.
      }
    })
    .add('key: JSON.parse', () => JSON.parse(keyPostJson));
  await bench.run();
  const mean = (name: string) => {
    const result = bench.getTask(name)?.result;
    if (!result || !('latency' in result)) throw new Error(`bench task ${name} did not complete`);
    return result.latency.mean;
  };
  const figure = (
    name: string,
    task: string,
    baseline: string,
    baselineName: string,
    notes: string,
  ): BenchReport => {
    const value = mean(task);
    const base = mean(baseline);
    return {
      name,
      unit: 'ms',
      value,
      baseline: { name: baselineName, value: base },
      ratio: value / base,
      notes,
    };
  };
  const feedKiB = `${(feed.length / 1024).toFixed(0)} KiB of JSON`;
  return [
    figure(
      `checkFaqFeed, ${ITEMS.toLocaleString('en')} items`,
      'feed50k: checkFaqFeed(JSON.parse)',
      'feed50k: JSON.parse',
      'JSON.parse of the same feed',
      `${feedKiB}; the widget's zod-free check, including JSON.parse, unique ids, categories and 2 related links per item`,
    ),
    figure(
      `parseFaqFeed (zod), ${ITEMS.toLocaleString('en')} items`,
      'feed50k: parseFaqFeed(JSON.parse)',
      'feed50k: JSON.parse',
      'JSON.parse of the same feed',
      `${feedKiB}; the same feed through FaqFeedSchema`,
    ),
    figure(
      `safeParseFaqFeed, ${BROKEN.toLocaleString('en')} broken items`,
      'broken: safeParseFaqFeed(JSON.parse)',
      'broken: JSON.parse',
      'JSON.parse of the same feed',
      'one issue per item; zod overflows the stack on it and is re-run field by field',
    ),
    figure(
      `lintBlogPost, three ${LINE.toLocaleString('en')}-character lines`,
      'lint: long lines',
      'lint: JSON.parse',
      'JSON.parse of the same body as a JSON string',
      '`# a` + 40,000 spaces + `x`, 40,000 `[` and 40,000 `<` added to the example post',
    ),
    figure(
      `nearestName, ${(KEY / 1000).toFixed(0)} KB key`,
      'key: nearestName',
      'key: JSON.parse',
      'JSON.parse of a post with that key',
      'no suggestion for names over 64 characters: answered without comparing',
    ),
    figure(
      `parseBlogPost, frontmatter with a ${(KEY / 1000).toFixed(0)} KB key`,
      'key: parseBlogPost',
      'key: JSON.parse',
      'JSON.parse of a post with that key',
      'YAML parse, unknown-key issue with a shortened key in the message',
    ),
  ];
}
