// A second minifier after esbuild for the CDN files. esbuild bundles and minifies fast but
// leaves some size on the table that terser's compressor finds (measured on aira-faq.js:
// 17.39 → 16.90 KB gzip). Only terser's safe transforms: no `unsafe*`, no `pure_getters`,
// because Lit's reactive properties are getters and setters with effects.
import { minify } from 'terser';

/** Minifies one ES module's code again with terser; throws when terser cannot parse it. */
export async function terserPass(code) {
  const result = await minify(code, {
    module: true,
    ecma: 2020,
    compress: { passes: 2 },
    mangle: true,
    format: { comments: false },
  });
  if (result.code === undefined) throw new Error('terser returned no code');
  return result.code;
}
