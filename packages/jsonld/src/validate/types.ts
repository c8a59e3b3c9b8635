/** One problem found by {@link validateJsonLd}. */
export interface Finding {
  /** JSON path of the value (or of the missing property), e.g. `$["@graph"][1].startDate`. */
  path: string;
  /** One sentence: what is wrong, what Google (or JSON-LD) requires, and what to do. */
  message: string;
  /** Rule id, e.g. `event/required`, `graph/dangling-reference`, `price/format`. */
  rule: string;
  /** Id of the Google profile the rule comes from, when it comes from one. */
  profile?: string;
  /** Documentation page that states the rule (Google Search Central, schema.org or JSON-LD). */
  documentation: string;
}

/** What {@link validateJsonLd} returns. Errors make the markup wrong; warnings cost reach. */
export interface ValidationResult {
  errors: Finding[];
  warnings: Finding[];
}
