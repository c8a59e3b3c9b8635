import {
  BUSINESS_CASE_BOUNDS,
  type FieldBounds,
  SUBSIDY_BOUNDS,
  TRAINING_ROI_BOUNDS,
} from './bounds.js';
import type { BusinessCaseAssumptions, SubsidyAssumptions } from './business-case-input.js';
import { RoiInputError, type RoiInputReason } from './errors.js';
import { nearestName } from './nearest-name.js';
import { allowed, show, unknownKey } from './rules.js';
import type { TrainingRoiAssumptions } from './training-roi-input.js';

// Input validation without zod, so that a browser bundle of trainingRoi/businessCase carries
// only these few hundred bytes. It must agree with the zod schemas in training-roi-input.ts
// and business-case-input.ts on every input: same acceptance, same field, reason and message
// (property-tested in check.test.ts).

type Input = Record<string, unknown>;

const fail = (
  field: string,
  tail: string,
  received: unknown,
  reason: RoiInputReason,
  extra: { limits?: { min: number; max: number }; suggestion?: string } = {},
): never => {
  throw new RoiInputError(field, `${field} ${tail}`, { received, reason, ...extra });
};

/** A number within `b`, or the RoiInputError the zod schema would give. */
export function checkNumber(value: unknown, b: FieldBounds, field: string): number {
  const reason: RoiInputReason | undefined =
    value === undefined
      ? 'missing'
      : typeof value !== 'number' || !Number.isFinite(value)
        ? 'not-a-number'
        : b.whole && !Number.isInteger(value)
          ? 'not-whole'
          : value < b.min
            ? 'too-small'
            : value > b.max
              ? 'too-large'
              : undefined;
  if (reason === undefined) return value as number;
  // The message is built only on failure: toLocaleString is costly on every valid call.
  const rule = `must be ${allowed(b)}, received ${show(value)}`;
  return fail(field, rule, value, reason, { limits: { min: b.min, max: b.max } });
}

/** A plain object, or the RoiInputError zod's strict object gives. */
function checkObject(value: unknown, field: string): Input {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const reason = value === undefined ? 'missing' : 'wrong-type';
    fail(field, `must be an object, received ${show(value)}`, value, reason);
  }
  return value as Input;
}

function checkKnownKeys(input: Input, known: readonly string[], root: string): void {
  for (const key of Object.keys(input)) {
    if (known.includes(key)) continue;
    const suggestion = nearestName(key, known);
    fail(`${root}${key}`, unknownKey(suggestion), input[key], 'unknown-key', { suggestion });
  }
}

/** The numeric fields of `bounds` read from `input`, with defaults filled in. */
function checkFields(input: Input, bounds: Record<string, FieldBounds>, root: string): Input {
  const out: Input = {};
  for (const [key, b] of Object.entries(bounds)) {
    const value = input[key];
    out[key] = value === undefined && b.default !== undefined ? b.default : value;
    out[key] = checkNumber(out[key], b, `${root}${key}`);
  }
  return out;
}

/** Validates a `trainingRoi` input without zod; throws RoiInputError like the zod schema. */
export function checkTrainingRoiInput(value: unknown): TrainingRoiAssumptions {
  const input = checkObject(value, 'input');
  const out = checkFields(input, TRAINING_ROI_BOUNDS, '');
  checkKnownKeys(input, Object.keys(TRAINING_ROI_BOUNDS), '');
  return out as unknown as TrainingRoiAssumptions;
}

function checkSubsidy(value: unknown): SubsidyAssumptions {
  const input = checkObject(value, 'subsidy');
  const out: SubsidyAssumptions = {
    share: checkNumber(input.share, SUBSIDY_BOUNDS.share, 'subsidy.share'),
    includeInternalHours: false,
  };
  if (input.cap !== undefined) out.cap = checkNumber(input.cap, SUBSIDY_BOUNDS.cap, 'subsidy.cap');
  const internal = input.includeInternalHours;
  if (internal !== undefined && typeof internal !== 'boolean') {
    fail(
      'subsidy.includeInternalHours',
      `must be true or false, received ${show(internal)}`,
      internal,
      'wrong-type',
    );
  }
  out.includeInternalHours = internal === true;
  checkKnownKeys(input, ['share', 'cap', 'includeInternalHours'], 'subsidy.');
  return out;
}

/** Validates a `businessCase` input without zod; throws RoiInputError like the zod schema. */
export function checkBusinessCaseInput(value: unknown): BusinessCaseAssumptions {
  const input = checkObject(value, 'input');
  const out = checkFields(input, BUSINESS_CASE_BOUNDS, '');
  if (input.subsidy !== undefined) out.subsidy = checkSubsidy(input.subsidy);
  checkKnownKeys(input, [...Object.keys(BUSINESS_CASE_BOUNDS), 'subsidy'], '');
  return out as unknown as BusinessCaseAssumptions;
}

/** A finite number (any size), as `formatEuro` and `formatPercent` take. */
export function checkFinite(value: unknown, field: string, what: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    fail(
      field,
      `must be ${what}, received ${show(value)}`,
      value,
      value === undefined ? 'missing' : 'not-a-number',
    );
  }
  return value as number;
}

/** Options holding at most `locale` (a BCP 47 tag Intl accepts) and the given whole numbers. */
export function checkOptions(
  value: unknown,
  numbers: Record<string, FieldBounds> = {},
): { locale?: string } & Record<string, number | string | undefined> {
  if (value === undefined) return {};
  const input = checkObject(value, 'options');
  const locale = input.locale;
  if (locale !== undefined) {
    if (typeof locale !== 'string' || locale === '') {
      fail(
        'options.locale',
        `must be a locale such as 'nl-NL' or 'en', received ${show(locale)}`,
        locale,
        'wrong-type',
      );
    }
    try {
      Intl.getCanonicalLocales(locale as string);
    } catch {
      fail(
        'options.locale',
        `must be a locale such as 'nl-NL' or 'en' (a BCP 47 tag), received ${show(locale)}`,
        locale,
        'not-supported',
      );
    }
  }
  const out: Record<string, number | string | undefined> = { locale: locale as string };
  for (const [key, b] of Object.entries(numbers)) {
    if (input[key] !== undefined) out[key] = checkNumber(input[key], b, `options.${key}`);
  }
  checkKnownKeys(input, ['locale', ...Object.keys(numbers)], 'options.');
  return out;
}
