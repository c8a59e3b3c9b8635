// The public API of each package, as a list. An export added or lost by accident shows up
// here in review; an intended change is accepted with `pnpm test:run -u`.
import { describe, expect, test } from 'vitest';

const entries = {
  '@aira/content-schema': () => import('@aira/content-schema'),
  '@aira/jsonld': () => import('@aira/jsonld'),
  '@aira/roi': () => import('@aira/roi'),
  '@aira/faq-widget/server': () => import('@aira/faq-widget/server'),
} as const;

describe('public exports', () => {
  test.each(Object.keys(entries) as Array<keyof typeof entries>)('%s', async (name) => {
    const mod = await entries[name]();
    expect(Object.keys(mod).sort()).toMatchSnapshot();
  });
});
