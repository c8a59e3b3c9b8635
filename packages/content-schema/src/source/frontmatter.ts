/** A Markdown file cut into its YAML frontmatter and its body. */
export interface FrontmatterSplit {
  /** The YAML between the fences, or `undefined` when the file has no frontmatter. */
  yaml: string | undefined;
  /** 1-based line of the first YAML line in the file. */
  yamlLine: number;
  /** Everything after the closing fence: always a suffix of the source. */
  body: string;
  /** 1-based line where the body starts. */
  bodyLine: number;
}

const OPEN = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*\r?$/m;

/** Splits `---\nyaml\n---\nbody`; a file without an opening fence is all body. */
export function splitFrontmatter(source: string): FrontmatterSplit {
  const open = OPEN.exec(source);
  const close = open ? CLOSE.exec(source.slice(open[0].length)) : null;
  if (!open || !close) return { yaml: undefined, yamlLine: 2, body: source, bodyLine: 1 };
  const rest = source.slice(open[0].length);
  const yaml = rest.slice(0, close.index);
  let end = close.index + close[0].length;
  if (rest[end] === '\n') end++;
  return { yaml, yamlLine: 2, body: rest.slice(end), bodyLine: 2 + countLines(yaml) + 1 };
}

function countLines(text: string): number {
  let lines = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lines++;
  return lines;
}
