import type { BusinessCaseResult, RoiInputReason, TrainingRoiResult } from '@aira/roi';
import type { RoiMode } from './fields.js';

/** What the element computed: `trainingRoi`'s result, or the three `businessCase` results in pilot mode. */
export type RoiResult =
  | TrainingRoiResult
  | {
      cautious: BusinessCaseResult;
      expected: BusinessCaseResult;
      optimistic: BusinessCaseResult;
    };

/** `detail` of `aira-roi-change`: the inputs and the result, once the reader pauses. */
export interface RoiChangeDetail {
  mode: RoiMode;
  /** The numbers per field as typed (a percentage as 30), by attribute name. */
  values: Record<string, number>;
  /** What was passed to `@aira/roi` (`trainingRoi` or `businessCase`). */
  inputs: Record<string, unknown>;
  /** `trainingRoi`'s result, or the three `businessCase` results in pilot mode. */
  result: RoiResult;
}

/** `detail` of `aira-roi-error`: every invalid field, once the reader pauses. */
export interface RoiErrorDetail {
  mode: RoiMode;
  errors: Array<{ field: string; reason: RoiInputReason; message: string }>;
}

export type RoiChangeEvent = CustomEvent<RoiChangeDetail>;
export type RoiErrorEvent = CustomEvent<RoiErrorDetail>;

/** The element's events by name. */
export interface RoiEventMap {
  'aira-roi-change': RoiChangeEvent;
  'aira-roi-error': RoiErrorEvent;
}

// The events bubble and are composed, so hosts may listen on any ancestor or the document.
declare global {
  interface HTMLElementEventMap extends RoiEventMap {}
  interface DocumentEventMap extends RoiEventMap {}
}

/** Dispatches one of the element's events: bubbling and composed. */
export function emit<K extends keyof RoiEventMap>(
  target: EventTarget,
  type: K,
  detail: RoiEventMap[K]['detail'],
): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
