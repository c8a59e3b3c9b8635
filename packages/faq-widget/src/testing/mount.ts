import type { FaqFeed } from '@aira/content-schema';
import '../define.js';
import type { AiraFaq } from '../element.js';

const mounted: HTMLElement[] = [];

/**
 * Puts `markup` (containing one <aira-faq>) into the page, inside a `lang="nl"` container
 * (the test runner's page is `lang="en"`), and waits for its first render.
 */
export async function mount(
  markup = '<aira-faq></aira-faq>',
  setup?: (element: AiraFaq) => void,
): Promise<AiraFaq> {
  const container = document.createElement('div');
  container.lang = 'nl';
  container.innerHTML = markup;
  const element = container.querySelector('aira-faq');
  if (!element) throw new Error('mount() needs markup with an <aira-faq>');
  setup?.(element);
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
export function shadow(element: AiraFaq): ShadowRoot {
  if (!element.shadowRoot) throw new Error('no shadow root');
  return element.shadowRoot;
}

/** The question buttons currently shown. */
export function questions(element: AiraFaq): HTMLButtonElement[] {
  return Array.from(shadow(element).querySelectorAll('.item:not([hidden]) .question'));
}

/** The panel a question button controls. */
export function panelOf(element: AiraFaq, button: Element): HTMLElement {
  const id = button.getAttribute('aria-controls') ?? '';
  const panel = shadow(element).getElementById(id);
  if (!panel) throw new Error(`no panel #${id}`);
  return panel;
}

/** A Blob URL serving `data` as JSON, for `src`. */
export function jsonUrl(data: unknown): string {
  return URL.createObjectURL(new Blob([JSON.stringify(data)], { type: 'application/json' }));
}

/** The element's shadow-DOM focus, or null. */
export function focused(element: AiraFaq): Element | null {
  return shadow(element).activeElement;
}

export type { FaqFeed };
