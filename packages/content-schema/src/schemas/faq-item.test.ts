import { describe, expect, test } from 'vitest';
import { parseFaqCategory, parseFaqItem, safeParseFaqCategory, safeParseFaqItem } from '../index';

describe('FaqItem', () => {
  test('accepts an item with only id, question and answer', () => {
    expect(
      parseFaqItem({
        id: 'intake',
        question: 'Is de intake gratis?',
        answer: 'Ja, ongeveer een uur.',
      }),
    ).toEqual({
      id: 'intake',
      question: 'Is de intake gratis?',
      answer: 'Ja, ongeveer een uur.',
    });
  });

  test('accepts every optional field', () => {
    const item = {
      id: 'intake',
      question: 'Is de intake gratis?',
      answer: 'Ja.',
      category: 'starten',
      tags: ['intake'],
      locale: 'en',
      updated: '2026-01-15',
      related: ['kosten'],
    };
    expect(parseFaqItem(item)).toEqual(item);
  });

  test.each([
    ['id', { id: 'Intake!' }],
    ['question', { question: 42 }],
    ['answer', { answer: '' }],
    ['category', { category: 'Starten' }],
    ['tags.0', { tags: [''] }],
    ['locale', { locale: 'nl_NL' }],
    ['updated', { updated: '15-01-2026' }],
    ['related.0', { related: ['Kosten'] }],
  ])('refuses a bad %s', (path, override) => {
    const result = safeParseFaqItem({ id: 'intake', question: 'Q?', answer: 'A.', ...override });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues.map((i) => i.path)).toEqual([path]);
  });
});

describe('FaqCategory', () => {
  test('accepts id and label, with an optional description', () => {
    expect(parseFaqCategory({ id: 'kosten', label: 'Kosten', description: 'Prijzen' })).toEqual({
      id: 'kosten',
      label: 'Kosten',
      description: 'Prijzen',
    });
  });

  test('refuses a missing label', () => {
    const result = safeParseFaqCategory({ id: 'kosten' });
    expect(result.success ? [] : result.error.issues).toEqual([
      { path: 'label', message: 'is required (expected string)' },
    ]);
  });
});
