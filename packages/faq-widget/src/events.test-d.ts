import { describe, expectTypeOf, test } from 'vitest';
import type { AiraFaq } from './element.js';
import type { FaqErrorDetail, FaqSearchDetail, FaqToggleDetail } from './events.js';

describe('event typing for hosts', () => {
  test('addEventListener on the element and on document knows each detail', () => {
    const element = {} as AiraFaq;
    element.addEventListener('aira-faq-toggle', (event) => {
      expectTypeOf(event.detail).toEqualTypeOf<FaqToggleDetail>();
      expectTypeOf(event.detail.id).toEqualTypeOf<string | null>();
    });
    document.addEventListener('aira-faq-search', (event) => {
      expectTypeOf(event.detail).toEqualTypeOf<FaqSearchDetail>();
    });
    document.addEventListener('aira-faq-error', (event) => {
      expectTypeOf(event.detail.kind).toEqualTypeOf<
        'network' | 'http' | 'json' | 'invalid' | 'timeout'
      >();
      expectTypeOf(event.detail).toEqualTypeOf<FaqErrorDetail>();
    });
  });

  test('the tag name maps to the class', () => {
    expectTypeOf(document.createElement('aira-faq')).toEqualTypeOf<AiraFaq>();
    expectTypeOf(document.querySelector('aira-faq')).toEqualTypeOf<AiraFaq | null>();
  });
});
