import {
  type Document,
  isCollection,
  isScalar,
  type LineCounter,
  visit,
  type YAMLError,
} from 'yaml';

/**
 * The 1-based line (within the YAML text) where a syntax error's problem starts.
 *
 * The parser reports an unclosed quote or bracket where it gives up, which is the end of the
 * frontmatter: the quote swallowed every line after it. The line a person must fix is where
 * that quoted scalar or flow collection (`[a, b`, `{a: b`) opens, so an error that falls inside
 * one that starts on an earlier line points there; any other error keeps its own line.
 */
export function yamlErrorLine(doc: Document, lines: LineCounter, error: YAMLError): number {
  const at = error.pos[0];
  let start: number | undefined;
  visit(doc, (_key, node) => {
    if (!isOpener(node)) return;
    const range = node.range;
    // The innermost opener around the error wins; later (nested) nodes are inside earlier ones.
    if (range && range[0] <= at && at <= range[2]) start = range[0];
  });
  const own = error.linePos?.[0].line ?? lines.linePos(at).line;
  return start === undefined ? own : Math.min(own, lines.linePos(start).line);
}

function isOpener(node: unknown): node is { range?: [number, number, number] | null } {
  if (isScalar(node)) return node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
  return isCollection(node) && node.flow === true;
}
