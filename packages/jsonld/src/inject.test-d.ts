import { describe, expectTypeOf, test } from 'vitest';
import { type InjectOptions, injectJsonLd, type TrustedScriptPolicy } from './inject.js';

describe('injectJsonLd types', () => {
  test('accepts a real Trusted Types policy shape and returns the script element', () => {
    const policy = { createScript: (input: string) => ({ toString: () => input }) };
    expectTypeOf(policy).toExtend<TrustedScriptPolicy>();
    expectTypeOf(injectJsonLd).returns.toEqualTypeOf<HTMLScriptElement>();
    expectTypeOf<InjectOptions['policy']>().toEqualTypeOf<TrustedScriptPolicy | undefined>();
  });
  test('id is required', () => {
    // @ts-expect-error the id is what makes injection idempotent
    injectJsonLd(document, {}, {});
  });
});
