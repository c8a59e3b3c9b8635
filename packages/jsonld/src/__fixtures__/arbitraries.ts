import fc from 'fast-check';

/** Pieces that would end or confuse a script element if they reached the HTML unescaped. */
const HOSTILE = [
  '</script>',
  '</script >',
  '</SCRIPT/',
  '</ScRiPt\n>',
  '<!--',
  '-->',
  '<script>',
  '<![CDATA[',
  ']]>',
  '&lt;/script&gt;',
  '\u2028',
  '\u2029',
  // Lone surrogates: JSON.stringify writes them as \u escapes, which must survive unchanged.
  '\ud800',
  '\udfff',
  '<',
  '>',
  '&',
  '"',
  '\\',
  '</',
];

/** Strings built from hostile pieces and arbitrary text. */
export const hostileString = fc
  .array(fc.oneof(fc.constantFrom(...HOSTILE), fc.string()), { maxLength: 6 })
  .map((parts) => parts.join(''));

// -0 is written as 0 by every JSON serializer, so it cannot round-trip and is left out.
const finite = fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (n === 0 ? 0 : n));

/** JSON values whose strings and keys are hostile. */
export const hostileJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    hostileString,
    finite,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(
      hostileString.filter((key) => key !== '__proto__'),
      tie('value'),
      { maxKeys: 4 },
    ),
  ),
})).value;
