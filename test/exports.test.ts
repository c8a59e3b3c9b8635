// The public API of each package, as a list. An export added or lost by accident shows up
// here in review; an intended change is accepted with `pnpm test:run -u`.
import { describe, expect, test } from 'vitest';
import { portableEntries, portableEntryNames } from './entries.ts';

describe('public exports', () => {
  test.each(portableEntryNames)('%s', async (name) => {
    const mod = await portableEntries[name]();
    expect(Object.keys(mod).sort()).toMatchSnapshot();
  });
});
