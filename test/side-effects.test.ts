// Three packages claim `sideEffects: false`, and the widget's `./server` entry must load in
// Node. Importing an entry must therefore leave the global scope and the console untouched.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { portableEntries, portableEntryNames } from './entries.ts';

afterEach(() => vi.restoreAllMocks());

describe('importing an entry has no side effects', () => {
  test.each(portableEntryNames)('%s', async (name) => {
    // zod keeps its schema registry on globalThis (`__zod_globalRegistry`) so that copies of
    // zod share it; that is zod's own, documented behaviour, so load it before we look.
    await import('zod/mini');
    vi.resetModules();
    const globalsBefore = Reflect.ownKeys(globalThis);
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((level) =>
      vi.spyOn(console, level),
    );

    const mod = await portableEntries[name]();

    expect(Object.keys(mod).length).toBeGreaterThan(0);
    expect(Reflect.ownKeys(globalThis)).toEqual(globalsBefore);
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });
});
