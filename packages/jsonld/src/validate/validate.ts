import { GOOGLE_PROFILES } from '../profiles/index.js';
import type { GoogleProfile } from '../profiles/types.js';
import { collect } from './collect.js';
import { checkGraph } from './graph-checks.js';
import { checkProfiles } from './profile-checks.js';
import type { ValidationResult } from './types.js';
import { checkValues } from './value-checks.js';

/** Options for {@link validateJsonLd}. */
export interface ValidateOptions {
  /** Profiles to check against; defaults to {@link GOOGLE_PROFILES}. */
  profiles?: readonly GoogleProfile[];
}

/**
 * Checks JSON-LD against Google's documented rules and against itself. Pass one node, a
 * graph, or an array of all the blocks on one page. Never throws on odd data: everything
 * it finds is a finding with a JSON path, a sentence and a rule id.
 *
 * - errors: required properties missing, dangling `@id` references, two nodes with one
 *   `@id` that disagree, more than one FAQPage, malformed dates, prices that are not plain
 *   decimal strings, currencies that are not ISO 4217 codes;
 * - warnings: recommended properties missing, features Google no longer shows (FAQ, HowTo,
 *   Course info), Course lists outside English, events without a physical venue, date-times
 *   without a time zone, answer HTML Google ignores.
 *
 * @example
 * ```ts
 * const { errors, warnings } = validateJsonLd(graph(faqPage(feed, { baseUrl })));
 * for (const e of errors) console.error(`${e.path}: ${e.message} [${e.rule}]`);
 * ```
 */
export function validateJsonLd(data: unknown, options: ValidateOptions = {}): ValidationResult {
  const result: ValidationResult = { errors: [], warnings: [] };
  const collected = collect(data);
  checkProfiles(options.profiles ?? GOOGLE_PROFILES, collected, result);
  checkGraph(collected, result);
  checkValues(collected, result);
  return result;
}
