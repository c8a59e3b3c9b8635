// Content reaches terminals and logs through messages (a frontmatter key, a file name, a
// received value). A line break there would forge a new `file:line:` line, an ESC sequence
// would drive the terminal, and a bidi override would reorder what a reader sees.
const CONTROLS =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** `text` with control, line-separator and bidi characters written as `\n`, `\x1b`, `\u202e`. */
export function escapeControls(text: string): string {
  return text.replace(CONTROLS, (char) => {
    const named = NAMED[char];
    if (named) return named;
    const code = char.charCodeAt(0);
    return code <= 0xff
      ? `\\x${code.toString(16).padStart(2, '0')}`
      : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
