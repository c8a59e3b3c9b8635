import type { FaqLoadError, FaqLoadErrorKind } from './data/load-error.js';

/** What made a question open or close. */
export type FaqToggleTrigger =
  | 'user'
  | 'hash'
  | 'find-in-page'
  | 'expand-all'
  | 'collapse-all'
  | 'api';

/** `detail` of `aira-faq-toggle`. */
export interface FaqToggleDetail {
  /** The question's id, or `null` when several changed at once (expand/collapse all). */
  id: string | null;
  /** Every id that changed. */
  ids: string[];
  open: boolean;
  trigger: FaqToggleTrigger;
}

/** `detail` of `aira-faq-search`, fired once typing pauses or a category is picked. */
export interface FaqSearchDetail {
  query: string;
  /** The selected category id, or `null` for all. */
  category: string | null;
  /** How many questions match. */
  count: number;
  total: number;
}

/** `detail` of `aira-faq-error`. */
export interface FaqErrorDetail {
  kind: FaqLoadErrorKind;
  /** A developer-facing message starting with `[@aira/faq-widget]`. */
  message: string;
  /** The feed URL, when the data came from `src`. */
  src?: string;
  /** The HTTP status, for `kind: 'http'`. */
  status?: number;
  /** Validation problems, for `kind: 'invalid'`. */
  issues?: Array<{ path: string; message: string }>;
}

export type FaqToggleEvent = CustomEvent<FaqToggleDetail>;
export type FaqSearchEvent = CustomEvent<FaqSearchDetail>;
export type FaqErrorEvent = CustomEvent<FaqErrorDetail>;

/** The widget's events by name. */
export interface FaqEventMap {
  'aira-faq-toggle': FaqToggleEvent;
  'aira-faq-search': FaqSearchEvent;
  'aira-faq-error': FaqErrorEvent;
}

// The events bubble and are composed, so hosts may listen on any ancestor or the document.
declare global {
  interface HTMLElementEventMap extends FaqEventMap {}
  interface DocumentEventMap extends FaqEventMap {}
}

/** Dispatches one of the widget's events: bubbling and composed, so hosts can listen on `document`. */
export function emit<K extends keyof FaqEventMap>(
  target: EventTarget,
  type: K,
  detail: FaqEventMap[K]['detail'],
): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

/**
 * The `aira-faq-error` detail for a load error: only the fields it has (the widget's errors
 * carry no empty ones), without the `cause`, which is on the error itself.
 */
export function errorDetail(error: FaqLoadError): FaqErrorDetail {
  const { cause, ...fields } = error.extra;
  return { kind: error.kind, message: error.message, ...fields };
}
