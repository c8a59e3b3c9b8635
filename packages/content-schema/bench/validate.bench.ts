// `pnpm bench`: what validation costs on top of parsing the text. Validating a FAQ feed of
// 1,000 items and reading 100 Markdown posts (YAML frontmatter + schema), each beside a bare
// JSON.parse of the same data, so the ratio says how much slower checked input is.
import { lintBlogPost, parseBlogPost, parseFaqFeed, renderAnswer } from '@aira/content-schema';
import { Bench } from 'tinybench';
import type { BenchReport } from '../../../bench/report.ts';
import { validPostSource, words } from '../src/test/fixtures.ts';

const ITEMS = 1_000;
const POSTS = 100;

function feedText(): string {
  const categories = ['starten', 'kosten', 'tools', 'privacy'].map((id) => ({ id, label: id }));
  const items = Array.from({ length: ITEMS }, (_, i) => ({
    id: `vraag-${i}`,
    question: `Hoe werkt stap ${i} van een AI-traject voor het mkb?`,
    answer: `Een **korte** uitleg met een [link](/blog/post-${i % 50}) en een lijst:\n- intake\n- workshop\n- pilot van 4–8 weken`,
    category: categories[i % categories.length]?.id,
    tags: ['ai', 'mkb'],
    updated: '2026-11-22',
    related: i > 0 ? [`vraag-${i - 1}`] : [],
  }));
  return JSON.stringify({
    version: 1,
    locale: 'nl-NL',
    title: 'Veelgestelde vragen',
    categories,
    items,
  });
}

function postSources(): string[] {
  return Array.from({ length: POSTS }, (_, i) =>
    validPostSource({
      body: `${words(150)}\n\n## Deel een\n\n${words(500)}\n\n## Deel twee\n\n${words(500)}\n\n## Conclusie\n\n${words(100)}\n`,
    }).replace('slug: ai-training-mkb', `slug: post-${i}`),
  );
}

export default async function run(): Promise<BenchReport[]> {
  const feed = feedText();
  const sources = postSources();
  // The baseline parses the same posts, already split, as one JSON document.
  const postsJson = JSON.stringify(sources.map((source) => parseBlogPost(source)));
  const posts = sources.map((source) => parseBlogPost(source));
  const answers = (JSON.parse(feed) as { items: Array<{ answer: string }> }).items.map(
    (item) => item.answer,
  );

  const bench = new Bench({ time: 500, warmup: true });
  bench
    .add('feed: parseFaqFeed(JSON.parse)', () => parseFaqFeed(JSON.parse(feed)))
    .add('feed: JSON.parse', () => JSON.parse(feed))
    .add('posts: parseBlogPost', () => {
      for (const source of sources) parseBlogPost(source);
    })
    .add('posts: JSON.parse', () => JSON.parse(postsJson))
    .add('posts: lintBlogPost', () => {
      for (const post of posts) lintBlogPost(post);
    })
    .add('answers: renderAnswer', () => {
      for (const answer of answers) renderAnswer(answer);
    });
  await bench.run();
  const mean = (name: string) => {
    const result = bench.getTask(name)?.result;
    if (!result || !('latency' in result)) throw new Error(`bench task ${name} did not complete`);
    return result.latency.mean;
  };
  const feedMs = mean('feed: parseFaqFeed(JSON.parse)');
  const feedBase = mean('feed: JSON.parse');
  const postsMs = mean('posts: parseBlogPost');
  const postsBase = mean('posts: JSON.parse');
  return [
    {
      name: `validate FAQ feed, ${ITEMS.toLocaleString('en')} items`,
      unit: 'ms',
      value: feedMs,
      baseline: { name: 'JSON.parse of the same feed', value: feedBase },
      ratio: feedMs / feedBase,
      notes: `${(feed.length / 1024).toFixed(0)} KiB of JSON; includes JSON.parse, every field check and the cross-item checks (unique ids, categories, related)`,
    },
    {
      name: `parse ${POSTS} Markdown posts (YAML frontmatter + schema)`,
      unit: 'ms',
      value: postsMs,
      baseline: { name: 'JSON.parse of the same posts as JSON', value: postsBase },
      ratio: postsMs / postsBase,
      notes:
        'about 1,250 words of body and 3 FAQ items per post; most of the time is the YAML parser',
    },
    {
      name: `lint ${POSTS} posts (all rules)`,
      unit: 'ms',
      value: mean('posts: lintBlogPost'),
    },
    {
      name: `renderAnswer, ${ITEMS.toLocaleString('en')} answers`,
      unit: 'ms',
      value: mean('answers: renderAnswer'),
    },
  ];
}
