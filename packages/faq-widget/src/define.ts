import { AiraFaq } from './element.js';

/**
 * Registers `<aira-faq>` (or another tag name). A second call, or a second copy of the
 * script on the page, leaves the first definition in place instead of throwing.
 * @returns the constructor the tag is defined with.
 */
export function defineAiraFaq(tag = 'aira-faq'): CustomElementConstructor {
  const existing = customElements.get(tag);
  if (existing) return existing;
  // A fresh subclass per extra tag: one constructor cannot be defined under two names.
  const element = tag === 'aira-faq' ? AiraFaq : class extends AiraFaq {};
  customElements.define(tag, element);
  return element;
}

defineAiraFaq();
