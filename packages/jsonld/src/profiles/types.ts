/** Whether Google Search still shows the rich result. */
export type ProfileStatus = 'active' | 'limited' | 'retired';

/**
 * Property rules for nodes of some schema.org types and all their subtypes. Paths may be
 * dotted (`author.name`); a required entry may name alternatives (`name|item.name`: either
 * one will do).
 */
export interface ProfileRule {
  /** `@type`s the rule applies to; subtypes are included through the schema.org hierarchy. */
  types: readonly string[];
  /** Only for nodes embedded in a node of one of these types (a ListItem of a BreadcrumbList). */
  within?: readonly string[];
  /** Missing → error: Google lists it as required. */
  required: readonly string[];
  /** Missing → warning, only while the feature is active or limited. */
  recommended: readonly string[];
  /**
   * Types a property's values must have where Google is stricter than schema.org (a Place, not
   * a Text, as an Event's location). Other properties the rule names are checked against the
   * schema.org ranges. Data types: Text, URL, Integer, Number, Date, DateTime, Boolean.
   */
  expects?: Readonly<Record<string, readonly string[]>>;
}

/** Extra checks a profile asks for, implemented in `validate/`. */
export type ProfileCheck = 'physical-venue' | 'answer-html' | 'two-crumbs' | 'crumb-items';

/** One Google Search feature, as data: what it needs and whether Google still shows it. */
export interface GoogleProfile {
  /** Short id used in finding rules, e.g. `faq` → `faq/required`. */
  id: string;
  /** Name of the feature in Google's documentation. */
  feature: string;
  /** Page on Google Search Central that these rules come from. */
  source: string;
  /** ISO date the source was last read against these rules. */
  checked: string;
  status: ProfileStatus;
  /** Warning shown once when the feature is limited or retired (or has conditions). */
  statusNote?: string;
  /** `@type`s (with their subtypes) whose presence means the page uses this feature. */
  types: readonly string[];
  /** Only nodes with one of these properties use the feature (a Course with offers is Course info). */
  triggers?: readonly string[];
  /** Nodes embedded in a node of one of these types do not use the feature (a Course in a list). */
  notWithin?: readonly string[];
  /** Languages Google shows the feature in (BCP 47 primary tags); all when absent. */
  languages?: readonly string[];
  rules: readonly ProfileRule[];
  checks?: readonly ProfileCheck[];
}
