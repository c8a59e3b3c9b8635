// Pre-rendered answers (the light-DOM fallback) are turned back into the Markdown subset of
// renderAnswer, so that every answer the widget shows passes through that one safe renderer
// and nothing of the host's markup (attributes, handlers, unknown elements) is copied.

const SPECIAL = /([\\*_[\]`])/g;

/** Escapes the characters renderAnswer gives a meaning to. */
export function escapeMarkdown(text: string): string {
  return text.replace(SPECIAL, '\\$1');
}

const collapse = (text: string) => text.replace(/\s+/g, ' ');

function inline(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return escapeMarkdown(collapse(node.textContent ?? ''));
  if (!(node instanceof Element)) return '';
  const inner = () => Array.from(node.childNodes, inline).join('');
  switch (node.localName) {
    case 'br':
      return '\n';
    case 'em':
    case 'i':
      return wrap('*', inner());
    case 'strong':
    case 'b':
      return wrap('**', inner());
    case 'a': {
      const href = node.getAttribute('href');
      const text = inner().trim();
      return href ? `[${text}](${href.replace(/[()\s]/g, encodeURIComponent)})` : text;
    }
    case 'script':
    case 'style':
    case 'template':
      return '';
    default:
      return inner();
  }
}

// `** x **` is not emphasis in Markdown: keep the spaces outside the markers.
function wrap(marker: string, text: string): string {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(text);
  if (!match?.[2]) return text;
  return `${match[1]}${marker}${match[2]}${marker}${match[3]}`;
}

const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'blockquote',
  'ul',
  'ol',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);

function blocks(nodes: Iterable<Node>): string[] {
  const out: string[] = [];
  let line = '';
  const flush = () => {
    const text = line
      .split('\n')
      // A line that merely starts like a list item must stay text.
      .map((part) =>
        part
          .trim()
          .replace(/^([-*+])(?=\s)/, '\\$1')
          .replace(/^(\d+)([.)])(?=\s)/, '$1\\$2'),
      )
      .join('\n')
      .trim();
    if (text) out.push(text);
    line = '';
  };
  for (const node of nodes) {
    if (node instanceof Element && BLOCKS.has(node.localName)) {
      flush();
      if (node.localName === 'ul' || node.localName === 'ol') {
        const ordered = node.localName === 'ol';
        const items = Array.from(node.children).filter((child) => child.localName === 'li');
        const lines = items.map((item, i) => {
          const text = Array.from(item.childNodes, inline).join('').replace(/\s+/g, ' ').trim();
          return `${ordered ? `${i + 1}.` : '-'} ${text}`;
        });
        if (lines.length) out.push(lines.join('\n'));
      } else if (node.localName === 'p' || /^h\d$/.test(node.localName)) {
        line = Array.from(node.childNodes, inline).join('');
        flush();
      } else {
        out.push(...blocks(node.childNodes));
      }
    } else {
      line += inline(node);
    }
  }
  flush();
  return out;
}

/**
 * Converts answer markup (paragraphs, lists, links, emphasis, line breaks) to the Markdown
 * subset that renderAnswer reads. Anything else contributes only its text.
 */
export function htmlToMarkdown(nodes: Iterable<Node>): string {
  return blocks(nodes).join('\n\n');
}
