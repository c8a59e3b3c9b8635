import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { type FaqFeed, safeParseFaqFeed } from '@aira/content-schema';
import { pickItems } from '../data/pick-items.js';
import { renderFaqHtml } from '../render-faq-html.js';

/** Where the CLI reads and writes; injected so tests run it in-process. */
export interface RenderIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Relative paths are read from here; default `process.cwd()`. */
  cwd?: string;
  /** Standard input, for `render -`. */
  stdin?: () => Promise<string>;
  /** The script URL written when `--script` is not given. */
  defaultScript?: string;
}

export const RENDER_USAGE = `Usage:
  npx @aira/faq-widget render <feed.json | -> [options]

  Writes the FAQ as HTML to paste into a page once: the questions as <details> inside
  <aira-faq> (readable without JavaScript), optionally the FAQPage JSON-LD, and the script
  tag that enhances them.

  --jsonld              also write the FAQPage JSON-LD <script>
  --url <page url>      the absolute URL of the page you paste into (for the JSON-LD)
  --ids <a,b,c>         only these questions, in this order
  --heading-level <n>   2–6: the heading level of the questions (default 2)
  --src <feed url>      let the element fetch the feed and replace the snippet when the
                        feed is newer than it (keeps a pasted snippet from going stale)
  --script <url>        where the widget script lives (default: the jsDelivr CDN)
  --no-script           leave the script tag out (the page loads it already)
`;

interface RenderArgs {
  feed: string;
  jsonld: boolean;
  url?: string;
  ids?: string[];
  headingLevel?: number;
  src?: string;
  script: string | false | undefined;
}

const ABSOLUTE = /^https?:\/\/[^\s/]+\S*$/;

function parseArgs(args: readonly string[]): RenderArgs | string {
  const files: string[] = [];
  const parsed: RenderArgs = { feed: '', jsonld: false, script: undefined };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const [flag, inline] = arg.startsWith('--')
      ? (arg.split(/=(.*)/s) as [string, string?])
      : [arg];
    const value = () => inline ?? args[++i];
    if (flag === '--jsonld') parsed.jsonld = true;
    else if (flag === '--no-script') parsed.script = false;
    else if (flag === '--url' || flag === '--src' || flag === '--script') {
      const url = value();
      if (!url) return `${flag} needs a URL`;
      if (flag === '--url' && !ABSOLUTE.test(url)) {
        return `--url must be the absolute http(s) URL of the page, received ${JSON.stringify(url)}`;
      }
      if (flag === '--url') parsed.url = url;
      else if (flag === '--src') parsed.src = url;
      else parsed.script = url;
    } else if (flag === '--ids') {
      const ids = (value() ?? '').split(/[\s,]+/).filter(Boolean);
      if (ids.length === 0) return '--ids needs question ids, e.g. --ids gratis-intake,kosten';
      parsed.ids = [...(parsed.ids ?? []), ...ids];
    } else if (flag === '--heading-level') {
      const raw = value();
      const level = Number(raw);
      if (!Number.isInteger(level) || level < 2 || level > 6) {
        return `--heading-level must be a whole number from 2 to 6, received ${JSON.stringify(raw ?? '')}`;
      }
      parsed.headingLevel = level;
    } else if (flag.startsWith('--')) return `unknown option ${flag}`;
    else files.push(arg);
  }
  if (files.length !== 1)
    return `give one feed file (or - for standard input), received ${files.length}`;
  parsed.feed = files[0] as string;
  return parsed;
}

/** Picks the questions named by `ids`, in that order; names the ids the feed lacks. */
function pick(feed: FaqFeed, ids: readonly string[]): FaqFeed | string {
  const { feed: picked, unknown } = pickItems(feed, ids);
  if (unknown.length > 0) {
    const known = feed.items.slice(0, 5).map((item) => item.id);
    return `--ids: the feed has no question ${unknown.map((id) => `"${id}"`).join(', ')}; its ids include ${known.join(', ')}${feed.items.length > 5 ? ', …' : ''}`;
  }
  // renderFaqHtml validates the feed it is given, and `related` may only name questions of
  // that feed, so links to questions left out go. (The element checks the whole feed before
  // picking, which is why pickItems itself leaves `related` alone and saves the widget bytes.)
  const kept = new Set(picked.items.map((item) => item.id));
  return {
    ...picked,
    items: picked.items.map((item) =>
      item.related ? { ...item, related: item.related.filter((id) => kept.has(id)) } : item,
    ),
  };
}

/** `render`: validates a feed and writes the pasteable snippet. Returns the exit code. */
export async function renderCommand(args: readonly string[], io: RenderIo): Promise<number> {
  const fail = (message: string, code = 2) => {
    io.stderr(`[@aira/faq-widget] render: ${message}\n${code === 2 ? `\n${RENDER_USAGE}` : ''}`);
    return code;
  };
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') return fail(parsed);
  const source =
    parsed.feed === '-'
      ? await (io.stdin?.() ?? Promise.resolve(''))
      : await readFile(resolve(io.cwd ?? process.cwd(), parsed.feed), 'utf8').catch(
          () => undefined,
        );
  if (source === undefined) return fail(`cannot read ${parsed.feed}: no such file`, 1);
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (error) {
    return fail(`${parsed.feed} is not JSON: ${(error as Error).message}`, 1);
  }
  const result = safeParseFaqFeed(json);
  if (!result.success) {
    const issues = result.error.issues.map(
      (issue) => `  ${parsed.feed}: ${issue.path || '(root)'}: ${issue.message}`,
    );
    return fail(`the feed is not valid; nothing written. Fix:\n${issues.join('\n')}`, 1);
  }
  const feed = parsed.ids ? pick(result.data, parsed.ids) : result.data;
  if (typeof feed === 'string') return fail(feed, 1);
  if (parsed.jsonld && !parsed.url) {
    io.stderr(
      `[@aira/faq-widget] render: note: without --url the FAQPage JSON-LD names ${feed.url ?? 'no page'}; pass --url <the page you paste into>\n`,
    );
  }
  const html = renderFaqHtml(feed, {
    element: {
      src: parsed.src,
      ids: parsed.ids && parsed.src ? parsed.ids.join(' ') : undefined,
      'heading-level': parsed.headingLevel,
    },
    jsonld: parsed.jsonld,
    ...(parsed.url ? { url: parsed.url } : {}),
  });
  const script = parsed.script === undefined ? io.defaultScript : parsed.script;
  const described = `${feed.items.length} question${feed.items.length === 1 ? '' : 's'}${feed.updated ? `, feed updated ${feed.updated}` : ''}`;
  io.stdout(
    `${[
      `<!-- AIRA FAQ (${described}): made by npx @aira/faq-widget render; paste it once, render again when the feed changes. -->`,
      html,
      script ? `<script type="module" src="${script.replace(/"/g, '&quot;')}"></script>` : '',
    ]
      .filter(Boolean)
      .join('\n')}\n`,
  );
  return 0;
}
