import { afterEach, describe, expect, test, vi } from 'vitest';
import { feed } from './testing/feed.js';
import { mount, questions, shadow, unmountAll } from './testing/mount.js';

afterEach(() => {
  unmountAll();
  vi.restoreAllMocks();
});

const frames = async (count = 3) => {
  for (let i = 0; i < count; i++) await new Promise((done) => requestAnimationFrame(done));
};

interface LayoutShift extends PerformanceEntry {
  value: number;
}

describe('layout shift', () => {
  test('the questions arriving after "Vragen laden…" move nothing that was on screen', async () => {
    let respond: (response: Response) => void = () => {};
    vi.spyOn(globalThis, 'fetch').mockImplementation(
      () => new Promise<Response>((resolve) => (respond = resolve)),
    );
    const shifts: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shifts.push((entry as LayoutShift).value);
    });
    observer.observe({ type: 'layout-shift' });
    // The host keeps room (as docs/embedding.md advises), so only the element's own boxes can move.
    const element = await mount(
      '<div style="min-height: 300vh"><aira-faq src="/faq.json"></aira-faq></div>',
    );
    await frames();
    expect(shadow(element).textContent).toContain('Vragen laden');
    respond(Response.json(feed));
    await vi.waitFor(() => expect(questions(element)).toHaveLength(feed.items.length));
    await frames();
    for (const entry of observer.takeRecords()) shifts.push((entry as LayoutShift).value);
    observer.disconnect();
    expect(shifts.reduce((sum, value) => sum + value, 0)).toBe(0);
  });
});
