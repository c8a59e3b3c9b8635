// What a client without JavaScript gets from a page: the HTML as parsed (parse5, the HTML
// standard's algorithm), read for questions, answers, JSON-LD and Markdown alternates.
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';

type Node = T.ChildNode | T.Document;

const children = (node: Node): T.ChildNode[] => ('childNodes' in node ? node.childNodes : []);
const attr = (node: Node, name: string) =>
  'attrs' in node ? node.attrs.find((a) => a.name === name)?.value : undefined;

function* walk(node: Node): Generator<T.ChildNode> {
  for (const child of children(node)) {
    yield child;
    // <template> content is not shown; scripts and styles are not text a reader sees.
    if (child.nodeName !== 'template') yield* walk(child);
  }
}

/** The text a reader sees in a node (scripts and styles left out). */
export function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as T.TextNode).value;
  if (node.nodeName === 'script' || node.nodeName === 'style') return '';
  return children(node).map(textOf).join('');
}

/** Text without any whitespace, to compare what a reader sees regardless of line breaks. */
export const squash = (text: string) => text.replace(/\s+/g, '');

export interface NoJsPage {
  /** Each `<details>`: the `<summary>` text and the rest of its text. */
  questions: Array<{ question: string; answer: string }>;
  /** Parsed `application/ld+json` scripts. */
  jsonLd: unknown[];
  /** `href`s of `<link rel="alternate" type="text/markdown">`. */
  markdownAlternates: string[];
  /** All text a reader sees. */
  text: string;
}

export function readNoJsPage(html: string): NoJsPage {
  const document = parse(html);
  const nodes = [...walk(document)];
  const questions = nodes
    .filter((node) => node.nodeName === 'details')
    .map((details) => {
      const summary = children(details).find((child) => child.nodeName === 'summary');
      return {
        question: summary ? textOf(summary).trim() : '',
        answer: children(details)
          .filter((child) => child !== summary)
          .map(textOf)
          .join(' ')
          .trim(),
      };
    });
  const jsonLd = nodes
    .filter((node) => node.nodeName === 'script' && attr(node, 'type') === 'application/ld+json')
    .map((script) => JSON.parse(textOf({ ...script, nodeName: 'div' } as T.ChildNode)));
  const markdownAlternates = nodes
    .filter(
      (node) =>
        node.nodeName === 'link' &&
        attr(node, 'rel') === 'alternate' &&
        attr(node, 'type') === 'text/markdown',
    )
    .map((link) => attr(link, 'href') as string);
  return { questions, jsonLd, markdownAlternates, text: textOf(document) };
}

/** Every node of a JSON-LD document (top-level entries and `@graph` members). */
export function jsonLdNodes(data: unknown[]): Array<Record<string, unknown>> {
  return data.flatMap((entry) => {
    const record = entry as Record<string, unknown>;
    return Array.isArray(record['@graph'])
      ? (record['@graph'] as Array<Record<string, unknown>>)
      : [record];
  });
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

/** The questions of the FAQPage nodes: name and accepted answer as plain text. */
export function faqPageQuestions(data: unknown[]): Array<{ question: string; answer: string }> {
  return jsonLdNodes(data)
    .filter((node) => node['@type'] === 'FAQPage')
    .flatMap((page) => page.mainEntity as Array<Record<string, unknown>>)
    .map((question) => ({
      question: String(question.name),
      answer: String((question.acceptedAnswer as Record<string, unknown>).text)
        .replace(/<[^>]*>/g, '')
        .replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ENTITIES[name] ?? ''),
    }));
}

/** The text a reader sees in an HTML fragment (list numbers are markers, not text). */
export const fragmentText = (html: string) => textOf(parse(`<body>${html}</body>`));
