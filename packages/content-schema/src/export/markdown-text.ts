// Small Markdown writers shared by the exports. They work line by line and leave fenced code alone.

/** Text on one line: runs of whitespace (newlines included) become one space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Escapes the characters that would end or break a link label. */
export function linkLabel(text: string): string {
  return oneLine(text).replace(/[\\[\]]/g, (c) => `\\${c}`);
}

/** A Markdown link whose URL cannot break out of its parentheses. */
export function link(label: string, url: string): string {
  return `[${linkLabel(label)}](${url.replace(/[\s()<>]/g, (c) => encodeURIComponent(c))})`;
}

/** Calls `fn` on every line outside fenced code blocks (``` or ~~~). */
function mapProse(markdown: string, fn: (line: string) => string): string {
  let fence: string | undefined;
  return markdown
    .split('\n')
    .map((line) => {
      const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
      if (
        marker &&
        (fence === undefined || (marker[0] === fence[0] && marker.length >= fence.length))
      ) {
        fence = fence === undefined ? marker : undefined;
        return line;
      }
      return fence === undefined ? fn(line) : line;
    })
    .join('\n');
}

/**
 * Makes every inline link and image target absolute against `pageUrl`: the text is read away
 * from the page, where `/contact` or `#prijzen` would point nowhere.
 */
export function absoluteLinks(markdown: string, pageUrl: string): string {
  return mapProse(markdown, (line) =>
    line.replace(/\]\(\s*(<[^>]*>|[^\s)]+)/g, (whole, target: string) => {
      const bare = target.startsWith('<') ? target.slice(1, -1) : target;
      if (/^[a-z][a-z0-9+.-]*:/i.test(bare)) return whole;
      try {
        return `](${new URL(bare, pageUrl).href}`;
      } catch {
        return whole;
      }
    }),
  );
}

/** Moves ATX headings down so the shallowest one becomes `top` (capped at level 6). */
export function shiftHeadings(markdown: string, top: number): string {
  let shallowest = 7;
  mapProse(markdown, (line) => {
    const level = /^ {0,3}(#{1,6})(?:\s|$)/.exec(line)?.[1]?.length;
    if (level !== undefined) shallowest = Math.min(shallowest, level);
    return line;
  });
  if (shallowest === 7 || shallowest === top) return markdown;
  return mapProse(markdown, (line) =>
    line.replace(/^( {0,3})(#{1,6})(?=\s|$)/, (_, indent: string, hashes: string) => {
      const level = Math.min(6, Math.max(1, hashes.length - shallowest + top));
      return `${indent}${'#'.repeat(level)}`;
    }),
  );
}

/** Joins Markdown blocks with one blank line, ending in a single newline. */
export function blocks(...parts: ReadonlyArray<string | false | undefined>): string {
  return `${parts
    .filter((part): part is string => typeof part === 'string' && part.trim() !== '')
    .map((part) => part.trim())
    .join('\n\n')}\n`;
}
