import { classifyUrl } from './safe-url';

/** The two forms of a rendered answer. */
export interface RenderedAnswer {
  /** Safe HTML: raw HTML in the input is escaped and only safe link targets survive. */
  html: string;
  /** Plain text (no markup, nothing escaped): set it as `textContent`, never as HTML. */
  text: string;
}

type Out = [html: string, text: string];

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
// A list item: a bullet (-, *, +) or a number (1. or 1)), then the item's text.
const LIST_ITEM = /^ {0,3}(?:[-*+]|(\d{1,9})[.)])[ \t]+(.*)$/;
const SPECIAL = /[\\[*_]/g;
// One level of balanced parentheses in URLs, as CommonMark allows: [wiki](https://x/Foo_(bar)).
// Labels hold no brackets, which keeps the scan linear on inputs like '[[[[[['.
const LINK = /\[([^[\]]*)\]\(\s*((?:[^\s()]|\([^\s()]*\))*)(?:\s+"[^"]*")?\s*\)/y;

/**
 * Renders the Markdown subset of FAQ answers: paragraphs (blank line), line breaks (newline),
 * `*em*`/`_em_`, `**strong**`, `[links](url)`, `-`/`*` and `1.` lists, `\` escapes. Anything
 * else, raw HTML included, is shown as text. Links keep only http(s), mailto, tel and relative
 * targets; absolute http(s) links get `rel="noopener"` (no `target`: the host page decides).
 *
 * @example
 * ```ts
 * const { html, text } = renderAnswer('Ja, **binnen 2 weken**. Zie [prijzen](/prijzen).');
 * element.innerHTML = html; // safe
 * ```
 */
export function renderAnswer(markdown: string): RenderedAnswer {
  const source = typeof markdown === 'string' ? markdown : '';
  const html: string[] = [];
  const text: string[] = [];
  for (const block of source
    .replace(/\r\n?/g, '\n')
    .replace(/\0/g, '\uFFFD')
    .split(/\n[ \t]*\n/)) {
    let list: { tag: 'ul' | 'ol'; items: string[]; start: number } | undefined;
    let para: string[] = [];
    const flushPara = () => {
      if (para.length === 0) return;
      const [h, t] = inline(para.join('\n').trim());
      if (t.trim() !== '' || h !== '') {
        html.push(`<p>${h.replace(/\n/g, '<br>')}</p>`);
        text.push(t);
      }
      para = [];
    };
    const flushList = () => {
      if (!list) return;
      const { tag, items, start } = list;
      const rendered = items.map((item) => inline(item.trim()));
      html.push(
        `<${tag}${tag === 'ol' && start !== 1 ? ` start="${start}"` : ''}>${rendered
          .map(([h]) => `<li>${h.replace(/\n/g, '<br>')}</li>`)
          .join('')}</${tag}>`,
      );
      text.push(
        rendered.map(([, t], i) => `${tag === 'ul' ? '-' : `${start + i}.`} ${t}`).join('\n'),
      );
      list = undefined;
    };
    for (const line of block.split('\n')) {
      const item = LIST_ITEM.exec(line);
      if (item) {
        const [, number, content = ''] = item;
        const tag = number === undefined ? 'ul' : 'ol';
        flushPara();
        if (list?.tag !== tag) {
          flushList();
          list = { tag, items: [], start: Number(number ?? 1) };
        }
        list.items.push(content);
      } else if (list && /^[ \t]/.test(line)) {
        list.items[list.items.length - 1] += `\n${line.trim()}`;
      } else {
        flushList();
        para.push(line);
      }
    }
    flushPara();
    flushList();
  }
  return { html: html.join(''), text: text.join('\n\n') };
}

function inline(s: string): Out {
  let html = '';
  let text = '';
  let i = 0;
  while (i < s.length) {
    // Copy the plain run up to the next character that can start markup in one go.
    SPECIAL.lastIndex = i;
    const stop = SPECIAL.exec(s)?.index ?? s.length;
    if (stop > i) {
      const run = s.slice(i, stop);
      html += escapeHtml(run);
      text += run;
      i = stop;
      continue;
    }
    const c = s[i] as string;
    const next = s[i + 1];
    if (c === '\\' && next !== undefined && /[\\`*_[\]()#+\-.!<>{}]/.test(next)) {
      html += escapeHtml(next);
      text += next;
      i += 2;
      continue;
    }
    LINK.lastIndex = i;
    const link = c === '[' ? LINK.exec(s) : null;
    if (link) {
      const [label, labelText] = inline(link[1] ?? '');
      const url = link[2] ?? '';
      const kind = classifyUrl(url);
      html +=
        kind === 'unsafe'
          ? label
          : `<a href="${escapeHtml(url)}"${kind === 'external' ? ' rel="noopener"' : ''}>${label}</a>`;
      text += labelText;
      i += link[0].length;
      continue;
    }
    if (c === '*' || c === '_') {
      const mark = next === c ? c + c : c;
      const from = i + mark.length;
      const end = s.indexOf(mark, from);
      const wordBefore = c === '_' && /\w/.test(s[i - 1] ?? '');
      const wordAfter = c === '_' && /\w/.test(s[end + mark.length] ?? '');
      if (
        end > from &&
        !/\s/.test(s[from] ?? '') &&
        !/\s/.test(s[end - 1] ?? '') &&
        !wordBefore &&
        !wordAfter
      ) {
        const tag = mark.length === 2 ? 'strong' : 'em';
        const [h, t] = inline(s.slice(from, end));
        html += `<${tag}>${h}</${tag}>`;
        text += t;
        i = end + mark.length;
        continue;
      }
    }
    html += escapeHtml(c);
    text += c;
    i++;
  }
  return [html, text];
}
