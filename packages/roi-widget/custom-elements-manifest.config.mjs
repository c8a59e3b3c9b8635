// `cem analyze` reads this: the element's class comment is the source of the manifest.
export default {
  globs: ['src/element.ts'],
  outdir: '.',
  litelement: true,
};
