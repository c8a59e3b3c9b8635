import { matchRanges, type Range } from './fold.js';

/** Splits `text` into plain strings and matched strings (to be wrapped in <mark>). */
export function splitMatches(
  text: string,
  terms: readonly string[],
): Array<{ text: string; match: boolean }> {
  const ranges = matchRanges(text, terms);
  if (!ranges.length) return [{ text, match: false }];
  const parts: Array<{ text: string; match: boolean }> = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push({ text: text.slice(at, start), match: false });
    parts.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), match: false });
  return parts;
}

function markText(node: Text, ranges: Range[]): void {
  // Walk backwards so that earlier offsets stay valid while the node is split.
  for (let i = ranges.length - 1; i >= 0; i--) {
    const range = ranges[i];
    if (!range) continue;
    const [start, end] = range;
    node.splitText(end);
    const hit = node.splitText(start);
    const mark = document.createElement('mark');
    mark.setAttribute('part', 'mark');
    hit.replaceWith(mark);
    mark.append(hit);
  }
}

/**
 * A copy of `source` with every match wrapped in `<mark part="mark">`, touching text nodes
 * only, so that the answer's markup (links, lists) stays as renderAnswer made it.
 */
export function highlightClone<T extends Node>(source: T, terms: readonly string[]): T {
  const copy = source.cloneNode(true) as T;
  if (!terms.length) return copy;
  const walker = document.createTreeWalker(copy, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode as Text);
  for (const text of texts) {
    const ranges = matchRanges(text.data, terms);
    if (ranges.length) markText(text, ranges);
  }
  return copy;
}
