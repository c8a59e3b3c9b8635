import { describe, expect, test } from 'vitest';
import { parseKeywordCluster, safeParseKeywordCluster } from '../index';
import { validCluster } from '../test/fixtures';

describe('KeywordCluster', () => {
  test('accepts a cluster', () => {
    expect(parseKeywordCluster(validCluster()).intent).toBe('transactioneel');
  });

  test('refuses an unknown intent and keywords repeated in another case', () => {
    const result = safeParseKeywordCluster({
      ...validCluster(),
      intent: 'commercieel',
      keywords: ['AI workshop', 'ai workshop '],
    });
    expect(result.success ? [] : result.error.issues).toEqual([
      {
        path: 'intent',
        message: 'expected "informatief" or "transactioneel" or "lokaal", received "commercieel"',
      },
      { path: 'keywords.1', message: 'repeats keywords.0' },
    ]);
  });
});
