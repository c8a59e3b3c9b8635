import { describe, expect, test } from 'vitest';
import { classifyUrl } from './safe-url';

describe('classifyUrl', () => {
  test.each([
    ['https://aira.nl', 'external'],
    ['HTTP://AIRA.NL', 'external'],
    ['//cdn.example/x', 'external'],
    ['/prijzen', 'internal'],
    ['prijzen#kosten', 'internal'],
    ['../blog/ai?x=1:2', 'internal'],
    ['#intake', 'internal'],
    ['mailto:info@aira.nl', 'internal'],
    ['tel:+31201234567', 'internal'],
  ])('keeps %s as %s', (url, kind) => {
    expect(classifyUrl(url)).toBe(kind);
  });

  test.each([
    '',
    'javascript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'jav&#x09;ascript:alert(1)',
    'javascript&colon;alert(1)',
    'data:text/html,x',
    'file:///etc/passwd',
    'a"onmouseover="x',
    'x<y',
    'ja\u0000vascript:x',
    'ja\u0085vascript:x',
  ])('refuses %j', (url) => {
    expect(classifyUrl(url)).toBe('unsafe');
  });
});
