/** The entries that must load anywhere (Node included), by the name users import them with. */
export const portableEntries = {
  '@aira/content-schema': () => import('@aira/content-schema'),
  '@aira/jsonld': () => import('@aira/jsonld'),
  '@aira/roi': () => import('@aira/roi'),
  '@aira/faq-widget/server': () => import('@aira/faq-widget/server'),
  '@aira/roi-widget/server': () => import('@aira/roi-widget/server'),
} as const;

/** Their names, for `test.each`. */
export const portableEntryNames = Object.keys(portableEntries) as Array<
  keyof typeof portableEntries
>;
