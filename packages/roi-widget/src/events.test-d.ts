import { describe, expectTypeOf, test } from 'vitest';
import type { AiraRoi } from './element.js';
import type { RoiChangeDetail, RoiErrorDetail } from './events.js';
import type { RoiMode } from './fields.js';

describe('event typing for hosts', () => {
  test('addEventListener on the element and on document knows each detail', () => {
    const element = {} as AiraRoi;
    element.addEventListener('aira-roi-change', (event) => {
      expectTypeOf(event.detail).toEqualTypeOf<RoiChangeDetail>();
      expectTypeOf(event.detail.mode).toEqualTypeOf<RoiMode>();
    });
    document.addEventListener('aira-roi-error', (event) => {
      expectTypeOf(event.detail).toEqualTypeOf<RoiErrorDetail>();
      expectTypeOf(event.detail.errors[0]?.field).toEqualTypeOf<string | undefined>();
    });
  });

  test('the tag name maps to the class', () => {
    expectTypeOf(document.createElement('aira-roi')).toEqualTypeOf<AiraRoi>();
  });
});
