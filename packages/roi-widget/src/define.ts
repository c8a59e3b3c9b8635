import { AiraRoi } from './element.js';

/**
 * Registers `<aira-roi>` (or another tag name). A second call, or a second copy of the script
 * on the page, leaves the first definition in place instead of throwing.
 * @returns the constructor the tag is defined with.
 */
export function defineAiraRoi(tag = 'aira-roi'): CustomElementConstructor {
  const existing = customElements.get(tag);
  if (existing) return existing;
  // A fresh subclass per extra tag: one constructor cannot be defined under two names.
  const element = tag === 'aira-roi' ? AiraRoi : class extends AiraRoi {};
  customElements.define(tag, element);
  return element;
}

defineAiraRoi();
