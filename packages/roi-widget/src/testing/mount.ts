import '../define.js';
import type { AiraRoi } from '../element.js';

const mounted: HTMLElement[] = [];

/**
 * Puts `markup` (containing one <aira-roi>) into the page inside a `lang="nl"` container
 * (the test runner's page is `lang="en"`) and waits for its first render.
 */
export async function mount(markup = '<aira-roi></aira-roi>', lang = 'nl'): Promise<AiraRoi> {
  const container = document.createElement('div');
  container.lang = lang;
  container.innerHTML = markup;
  const element = container.querySelector('aira-roi');
  if (!element) throw new Error('mount() needs markup with an <aira-roi>');
  document.body.append(container);
  mounted.push(container);
  await element.updateComplete;
  return element;
}

/** Removes everything mount() added. */
export function unmountAll(): void {
  for (const container of mounted.splice(0)) container.remove();
}

/** The element's shadow root (throws when missing, so tests fail loudly). */
export function shadow(element: AiraRoi): ShadowRoot {
  if (!element.shadowRoot) throw new Error('no shadow root');
  return element.shadowRoot;
}

/** The text the element shows, with the no-break spaces Intl writes made plain. */
export const text = (element: AiraRoi): string =>
  (shadow(element).textContent ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ');

/** The card values by label (first group). */
export function cards(element: AiraRoi): Record<string, string> {
  return Object.fromEntries(
    Array.from(shadow(element).querySelectorAll('.card')).map((card) => [
      card.querySelector('dt')?.textContent ?? '',
      (card.querySelector('dd')?.textContent ?? '').replace(/\u00a0/g, ' '),
    ]),
  );
}

/** The input of a field. */
export function input(element: AiraRoi, name: string): HTMLInputElement {
  const found = shadow(element).querySelector<HTMLInputElement>(`input[name="${name}"]`);
  if (!found) throw new Error(`no input ${name}`);
  return found;
}
