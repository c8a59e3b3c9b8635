import type { RoiMode } from './fields.js';
import type { RoiStrings } from './i18n.js';

/** The label of a field in a mode (`pilot.<name>` wins in pilot mode). */
export const labelOf = (s: RoiStrings, mode: RoiMode, name: string): string =>
  s.labels[`${mode}.${name}`] ?? s.labels[name] ?? name;
