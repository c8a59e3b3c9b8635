export { FaqLoadError, type FaqLoadErrorKind } from './data/load-error.js';
export { defineAiraFaq } from './define.js';
export { AiraFaq } from './element.js';
export type {
  FaqErrorDetail,
  FaqErrorEvent,
  FaqEventMap,
  FaqSearchDetail,
  FaqSearchEvent,
  FaqToggleDetail,
  FaqToggleEvent,
  FaqToggleTrigger,
} from './events.js';
export { FAQ_STRINGS, type FaqLanguage, type FaqStrings } from './i18n.js';
export { TRUSTED_TYPES_POLICY } from './trusted-types.js';
