import { describe, expect, test } from 'vitest';
import { disallowedAnswerTags, GOOGLE_ANSWER_TAGS, toGoogleAnswerHtml } from './answer-html.js';

describe('Google answer HTML', () => {
  test('lists exactly the tags Google documents for Answer.text', () => {
    expect([...GOOGLE_ANSWER_TAGS].sort()).toEqual(
      [
        'a',
        'b',
        'br',
        'div',
        'em',
        'h1',
        'h2',
        'h3',
        'h4',
        'h5',
        'h6',
        'i',
        'li',
        'ol',
        'p',
        'strong',
        'ul',
      ].sort(),
    );
  });

  test('keeps allowed tags with their attributes and unwraps the rest, keeping the text', () => {
    const html =
      '<p>Zie <a href="https://example.nl" rel="noopener">dit</a> en <code>x</code><br><span class="y">z</span></p>';
    expect(toGoogleAnswerHtml(html)).toBe(
      '<p>Zie <a href="https://example.nl" rel="noopener">dit</a> en x<br>z</p>',
    );
    expect(disallowedAnswerTags(html)).toEqual(['code', 'span']);
  });

  test('leaves escaped text alone', () => {
    expect(toGoogleAnswerHtml('<p>&lt;script&gt; is geen tag</p>')).toBe(
      '<p>&lt;script&gt; is geen tag</p>',
    );
  });
});
