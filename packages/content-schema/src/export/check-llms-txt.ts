// Checks a hand-written llms.txt against the proposal's shape (https://llmstxt.org/, read
// 2026-11-30): an optional BOM, an H1 (the only required part), an optional blockquote, notes
// without headings, then H2 sections whose lists hold "[name](url)" links with optional notes.

/** One place where an llms.txt breaks the format. */
export interface LlmsTxtProblem {
  /** 1-based line in the file. */
  line: number;
  /** `error`: readers following the proposal will misread the file; `warning`: it works, but is weaker. */
  severity: 'error' | 'warning';
  message: string;
}

const ABSOLUTE = /^[a-z][a-z0-9+.-]*:/i;

/**
 * Reports where an llms.txt breaks the llms.txt format, with line numbers: no H1 on the first
 * line, a second H1, headings other than H2 sections, list entries in a section without a
 * `[name](url)` link, links without a URL, relative URLs. An empty list means the file is fine.
 *
 * @example
 * ```ts
 * checkLlmsTxt('# AIRA\n\n## Docs\n\n- [FAQ](/faq.md)\n');
 * // [{ line: 5, severity: 'error', message: 'relative URL "/faq.md": … write the absolute URL …' }]
 * ```
 */
export function checkLlmsTxt(text: string): LlmsTxtProblem[] {
  const problems: LlmsTxtProblem[] = [];
  const report = (line: number, message: string, severity: LlmsTxtProblem['severity'] = 'error') =>
    problems.push({ line, severity, message });
  const lines = String(text ?? '')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/);
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first === -1) {
    report(1, 'the file is empty; it needs at least an H1 with the site name, e.g. "# AIRA"');
    return problems;
  }
  if (!/^# \S/.test(lines[first] as string)) {
    report(
      first + 1,
      `the file must start with an H1 naming the site ("# AIRA"), found ${JSON.stringify(clip(lines[first] as string))}`,
    );
  } else {
    const next = lines.findIndex((line, i) => i > first && line.trim() !== '');
    if (next === -1 || !(lines[next] as string).startsWith('>')) {
      report(
        next === -1 ? first + 1 : next + 1,
        'no blockquote summary after the H1; add "> One or two sentences about the site."',
        'warning',
      );
    }
  }
  let fence: string | undefined;
  let inSection = false;
  let inFileList = false;
  lines.forEach((raw, index) => {
    const line = index + 1;
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(raw)?.[1];
    if (marker) {
      fence =
        fence === undefined
          ? marker
          : marker[0] === fence[0] && marker.length >= fence.length
            ? undefined
            : fence;
      return;
    }
    if (fence !== undefined) return;
    const level = /^ {0,3}(#{1,6})(?:\s|$)/.exec(raw)?.[1]?.length;
    if (level !== undefined && index !== first) {
      // A file list is the list right under an H2; lists under deeper headings are content
      // (llms-full.txt carries whole pages there).
      inFileList = level === 2;
      if (level === 1) report(line, 'a second H1; the H1 names the site once, sections use "## "');
      else if (level === 2) inSection = true;
      else if (!inSection) {
        report(
          line,
          `an H${level} before the first section; notes before the sections take no headings`,
        );
      }
    }
    checkLinks(raw, line, report);
    // An entry with a bracketed name but no URL is already reported by checkLinks.
    if (inFileList && /^\s*(?:[-*+]|\d+[.)])\s+/.test(raw) && !/\[[^\]]*\]/.test(raw)) {
      report(
        line,
        `a list entry without a link; a section lists "- [name](https://…): notes", found ${JSON.stringify(clip(raw.trim()))}`,
      );
    }
  });
  return problems.sort((a, b) => a.line - b.line);
}

function checkLinks(
  raw: string,
  line: number,
  report: (line: number, message: string) => void,
): void {
  // A backslash escapes a bracket inside a label: [Wat kost een \[AI\]-workshop?](…).
  const withoutCode = raw.replace(/`[^`]*`/g, (code) => ' '.repeat(code.length));
  for (const match of withoutCode.matchAll(/(!?)\[((?:\\.|[^\]\\])*)\](\(([^)]*)\)?)?/g)) {
    const [, image, label, parens, target] = match;
    if (image) continue;
    if (parens === undefined) {
      // "[x]" alone is ordinary text unless it sits where a file-list link belongs.
      if (/^\s*(?:[-*+]|\d+[.)])\s+$/.test(withoutCode.slice(0, match.index))) {
        report(
          line,
          `the link "${clip(label ?? '')}" has no URL; write [${clip(label ?? '')}](https://…)`,
        );
      }
      continue;
    }
    const url =
      (target ?? '')
        .trim()
        .replace(/^<(.*)>$/, '$1')
        .split(/\s+/)[0] ?? '';
    if (url === '') {
      report(
        line,
        `the link "${clip(label ?? '')}" has no URL; write [${clip(label ?? '')}](https://…)`,
      );
    } else if (!ABSOLUTE.test(url)) {
      report(
        line,
        `relative URL ${JSON.stringify(url)}: llms.txt is read away from the site, so write the absolute URL (https://your-site${url.startsWith('/') ? '' : '/'}${url})`,
      );
    }
  }
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
