import type { RoiInputError, RoiInputReason } from './errors.js';

/** What a message template gets: the field's limits and suggestion, already formatted. */
export interface RoiMessageParams {
  /** Smallest allowed value, formatted for the locale (`0`). */
  min?: string;
  /** Largest allowed value, formatted for the locale (`100.000`). */
  max?: string;
  /** For `unknown-key`: the nearest known input name. */
  suggestion?: string;
}

/** One message per {@link RoiInputReason}, for a reader rather than a developer. */
export type RoiInputMessages = Readonly<Record<RoiInputReason, (p: RoiMessageParams) => string>>;

const range = (p: RoiMessageParams, from: string, to: string) =>
  p.min !== undefined && p.max !== undefined ? ` ${from} ${p.min} ${to} ${p.max}` : '';

/**
 * Messages for each `RoiInputError` reason in Dutch (`nl`) and English (`en`), short enough to
 * show next to a form field. Override or extend them by spreading: `{ ...ROI_INPUT_MESSAGES.nl,
 * missing: () => 'Verplicht.' }`.
 */
export const ROI_INPUT_MESSAGES: Readonly<Record<'nl' | 'en', RoiInputMessages>> = {
  nl: {
    missing: () => 'Vul dit veld in.',
    'not-a-number': (p) => `Vul een getal in${range(p, 'van', 'tot en met')}.`,
    'not-whole': (p) => `Vul een heel getal in${range(p, 'van', 'tot en met')}.`,
    'too-small': (p) => `Vul ${p.min ?? 'een hoger getal'} of meer in.`,
    'too-large': (p) => `Vul ${p.max ?? 'een lager getal'} of minder in.`,
    'unknown-key': (p) =>
      p.suggestion ? `Onbekend veld; bedoelt u ${p.suggestion}?` : 'Onbekend veld.',
    'wrong-type': () => 'Deze waarde heeft niet de juiste vorm.',
    'not-supported': () => 'Deze taal of regio wordt niet ondersteund.',
    inconsistent: (p) =>
      `Deze waarde past niet bij de andere invoer${p.max ? `: hoogstens ${p.max}` : ''}.`,
  },
  en: {
    missing: () => 'Fill in this field.',
    'not-a-number': (p) => `Enter a number${range(p, 'from', 'to')}.`,
    'not-whole': (p) => `Enter a whole number${range(p, 'from', 'to')}.`,
    'too-small': (p) => `Enter ${p.min ?? 'a larger number'} or more.`,
    'too-large': (p) => `Enter ${p.max ?? 'a smaller number'} or less.`,
    'unknown-key': (p) =>
      p.suggestion ? `Unknown field; did you mean ${p.suggestion}?` : 'Unknown field.',
    'wrong-type': () => 'This value does not have the right form.',
    'not-supported': () => 'This language or region is not supported.',
    inconsistent: (p) =>
      `This value does not fit the other inputs${p.max ? `: at most ${p.max}` : ''}.`,
  },
};

function numberFormat(locale: string): Intl.NumberFormat {
  try {
    return new Intl.NumberFormat(locale, { maximumFractionDigits: 6 });
  } catch {
    return new Intl.NumberFormat('en', { maximumFractionDigits: 6 });
  }
}

/**
 * The message for `error` in the reader's language: Dutch for `nl*` locales (the default),
 * English otherwise, with its limits formatted for the locale. Never throws.
 *
 * @example
 * ```ts
 * try {
 *   trainingRoi({ ...input, participants: 2.5 });
 * } catch (error) {
 *   if (error instanceof RoiInputError) roiInputMessage(error, 'nl-NL');
 *   // 'Vul een heel getal in van 0 tot en met 100.000.'
 * }
 * ```
 */
export function roiInputMessage(
  error: RoiInputError,
  locale = 'nl-NL',
  messages: Partial<Record<'nl' | 'en', Partial<RoiInputMessages>>> = {},
): string {
  const lang = String(locale).toLowerCase().startsWith('nl') ? 'nl' : 'en';
  const f = numberFormat(locale);
  const at = (v: number | undefined) => (v === undefined ? undefined : f.format(v));
  const template = messages[lang]?.[error.reason] ?? ROI_INPUT_MESSAGES[lang][error.reason];
  return template({
    min: at(error.limits?.min),
    max: at(error.limits?.max),
    suggestion: error.suggestion,
  });
}
