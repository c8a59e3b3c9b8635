#!/usr/bin/env node
// The files a partner loads from a CDN with one <script type="module" src=".../aira-faq.js">:
// dist/aira-faq.js holds everything every page needs, minified; code only some pages need is
// in files beside it that aira-faq.js imports on demand, by a URL relative to its own
// (`./aira-faq-jsonld.js`), so they load from unpkg, jsDelivr or a partner's own copy alike.
// One esbuild pass per file instead of esbuild's code splitting: splitting would move code
// the lazy parts share with the main file into a third file that every page must then load.
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { bundleOptions, LAZY_PARTS } from './bundle-options.mjs';
import { terserPass } from './terser-pass.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

await Promise.all(
  [{ name: 'aira-faq', source: 'src/define.ts' }, ...LAZY_PARTS].map(async ({ name, source }) => {
    const outfile = join(root, 'dist', `${name}.js`);
    const result = await build({
      ...bundleOptions(root),
      entryPoints: [join(root, source)],
      outfile,
      write: false,
    });
    const [output] = result.outputFiles;
    if (!output) throw new Error(`esbuild wrote nothing for ${source}`);
    await writeFile(outfile, await terserPass(output.text));
  }),
);
// The bundle exports what define.ts exports; its types are the npm build's.
await writeFile(
  join(root, 'dist', 'aira-faq.d.ts'),
  "export { defineAiraFaq } from './define.js';\n",
);
