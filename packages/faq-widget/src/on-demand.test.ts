import { afterEach, describe, expect, test, vi } from 'vitest';
import { onDemand } from './on-demand.js';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('onDemand', () => {
  test('loads the part once, on the first get, and tells each waiting caller', async () => {
    const load = vi.fn(async () => ({ mark: 'x' }));
    const part = onDemand('a part', load);
    const ready = vi.fn();
    expect(part.current()).toBeUndefined();
    expect(load).not.toHaveBeenCalled();
    expect(part.get(ready)).toBeUndefined();
    expect(part.get(ready)).toBeUndefined();
    await part.pending();
    expect(load).toHaveBeenCalledTimes(1);
    expect(ready).toHaveBeenCalledTimes(2);
    expect(part.get()).toEqual({ mark: 'x' });
    expect(part.pending()).toBeUndefined();
  });

  test('a part that cannot load is a warning, its fallback stands in, and nothing waits for ever', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const part = onDemand('the search highlighting', () => Promise.reject(new Error('offline')));
    const ready = vi.fn();
    part.get(ready);
    await expect(part.load()).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledWith(
      '[@aira/faq-widget] could not load the search highlighting (Error: offline).',
    );
    // An element waiting for its update to complete must not wait for a load that failed,
    // and asking again must not start a loop of renders that each ask once more.
    expect(part.pending()).toBeUndefined();
    ready.mockClear();
    expect(part.get(ready)).toBeUndefined();
    await Promise.resolve();
    expect(ready).not.toHaveBeenCalled();

    const withFallback = onDemand(
      'the English texts',
      () => Promise.reject(new Error('csp')),
      'nl',
    );
    await withFallback.load();
    expect(withFallback.current()).toBe('nl');
    expect(withFallback.get()).toBe('nl');
  });
});
