/** Whether Google Search still shows the rich result. */
export type ProfileStatus = 'active' | 'limited' | 'retired';

/** Property rules for nodes of some schema.org types. Paths may be dotted (`author.name`). */
export interface ProfileRule {
  /** `@type`s the rule applies to (subtypes are listed, not inferred). */
  types: readonly string[];
  /** Missing → error: the node is incomplete for every consumer, not only Google. */
  required: readonly string[];
  /** Missing → warning, only while the feature is active or limited. */
  recommended: readonly string[];
}

/** Extra checks a profile asks for, implemented in `validate/`. */
export type ProfileCheck = 'physical-venue' | 'answer-html' | 'two-crumbs';

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
  /** `@type`s whose presence means the page uses this feature. */
  types: readonly string[];
  /** Languages Google shows the feature in (BCP 47 primary tags); all when absent. */
  languages?: readonly string[];
  rules: readonly ProfileRule[];
  checks?: readonly ProfileCheck[];
}
