// Just enough Markdown structure for the house rules: ATX and setext headings, paragraphs,
// links and words outside fenced code. Not a Markdown parser.

export interface OutlineHeading {
  level: number;
  text: string;
  /** 0-based line in the body. */
  line: number;
}
export interface OutlineLink {
  url: string;
  line: number;
}
export interface OutlineParagraph {
  text: string;
  line: number;
}
export interface MarkdownOutline {
  headings: OutlineHeading[];
  paragraphs: OutlineParagraph[];
  links: OutlineLink[];
  words: number;
}

// Every pattern here runs on whole lines, which can be 100,000 characters long: none may
// backtrack over a line more than once (lint/long-lines.test.ts). So the ATX heading's text
// is cut out by hand instead of with a lazy `(.*?)` before optional closing hashes, and link
// labels and HTML tags stop at the next opening bracket.
const HEADING_OPEN = /^ {0,3}(#{1,6})(?=[ \t]|$)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
// An underline of = or - directly below paragraph text makes that text an H1 or H2.
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
const LINK = /\[[^[\]]*\]\(\s*<?([^\s)>]+)>?(?:\s+"[^"]*")?\s*\)/g;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

export function outline(body: string): MarkdownOutline {
  const result: MarkdownOutline = { headings: [], paragraphs: [], links: [], words: 0 };
  let fence: string | undefined;
  let para: OutlineParagraph | undefined;
  body.split(/\r?\n/).forEach((line, index) => {
    const fenceMark = FENCE.exec(line)?.[1];
    if (fence !== undefined) {
      if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length)
        fence = undefined;
      return;
    }
    if (fenceMark !== undefined) {
      fence = fenceMark;
      para = undefined;
      return;
    }
    const underline = para ? SETEXT_UNDERLINE.exec(line)?.[1] : undefined;
    if (para && underline) {
      result.paragraphs.pop();
      result.headings.push({
        level: underline[0] === '=' ? 1 : 2,
        text: para.text,
        line: para.line,
      });
      para = undefined;
      return;
    }
    for (const match of line.matchAll(LINK))
      result.links.push({ url: match[1] ?? '', line: index });
    const prose = line.replace(LINK, (link) => link.slice(1, link.indexOf('](')));
    result.words += prose.replace(/<[^<>]*>/g, ' ').match(WORD)?.length ?? 0;
    const heading = atxHeading(line);
    if (heading) {
      result.headings.push({ ...heading, line: index });
      para = undefined;
    } else if (line.trim() === '') {
      para = undefined;
    } else if (para) {
      para.text += ` ${prose.trim()}`;
    } else {
      para = { text: prose.trim(), line: index };
      result.paragraphs.push(para);
    }
  });
  return result;
}

/** `## Titel ##` → `{ level: 2, text: 'Titel' }`; `undefined` when the line is no ATX heading. */
function atxHeading(line: string): { level: number; text: string } | undefined {
  const open = HEADING_OPEN.exec(line);
  if (!open) return undefined;
  let start = open[0].length;
  let end = line.length;
  while (start < end && isBlank(line[start])) start++;
  while (end > start && isBlank(line[end - 1])) end--;
  // A closing run of # counts only after a space, or when it is all there is.
  let hashes = end;
  while (hashes > start && line[hashes - 1] === '#') hashes--;
  if (hashes < end && (hashes === start || isBlank(line[hashes - 1]))) {
    end = hashes;
    while (end > start && isBlank(line[end - 1])) end--;
  }
  return { level: open[1]?.length ?? 1, text: line.slice(start, end) };
}

function isBlank(char: string | undefined): boolean {
  return char === ' ' || char === '\t';
}

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}
