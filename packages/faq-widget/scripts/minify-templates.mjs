// An esbuild plugin for the single-file bundle: esbuild minifies code but keeps template
// literals verbatim, so the indentation of Lit's html`` and css`` templates would ship as
// is. This collapses it, using the TypeScript parser to find exactly the tagged templates.
import { readFile } from 'node:fs/promises';
import ts from 'typescript';

// Whitespace between tags, and around a binding that stands alone between tags, is not
// content in these templates (flex layouts, buttons): it goes, and other runs become one space.
const collapseHtml = (text) =>
  text
    .replace(/>\s*\n\s*/g, '>')
    .replace(/\s*\n\s*</g, '<')
    .replace(/\s*\n\s*/g, ' ');
const collapseCss = (text) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    // `display: block` → `display:block`; a selector's `:` never follows a space-free word + `: `.
    .replace(/([\w)-]):\s+/g, '$1:')
    .replace(/([\s:(,])0\.(\d)/g, '$1.$2')
    .replace(/;}/g, '}')
    .trim();

/** Rewrites the text parts of html`` and css`` templates in one source file. */
export function minifyTemplates(source, fileName = 'file.ts') {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag)) {
      const tag = node.tag.text;
      if (tag === 'html' || tag === 'css' || tag === 'svg') {
        const collapse = tag === 'css' ? collapseCss : collapseHtml;
        const parts = ts.isNoSubstitutionTemplateLiteral(node.template)
          ? [node.template]
          : [node.template.head, ...node.template.templateSpans.map((span) => span.literal)];
        for (const part of parts) {
          // The raw text sits between the delimiters: ` or } at the start, ` or ${ at the end.
          const start = part.getStart(file) + 1;
          const end =
            part.end -
            (part.kind === ts.SyntaxKind.TemplateHead || part.kind === ts.SyntaxKind.TemplateMiddle
              ? 2
              : 1);
          edits.push([start, end, collapse(source.slice(start, end))]);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = source;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) {
    out = out.slice(0, start) + text + out.slice(end);
  }
  return out;
}

/** The esbuild plugin: applies {@link minifyTemplates} to the package's own .ts sources. */
export const minifyTemplatesPlugin = {
  name: 'aira-minify-templates',
  setup(build) {
    build.onLoad({ filter: /[\\/]faq-widget[\\/]src[\\/].*\.ts$/ }, async (args) => ({
      contents: minifyTemplates(await readFile(args.path, 'utf8'), args.path),
      loader: 'ts',
    }));
  },
};
