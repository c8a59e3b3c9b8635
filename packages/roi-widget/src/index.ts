export { defineAiraRoi } from './define.js';
export { AiraRoi } from './element.js';
export type {
  RoiChangeDetail,
  RoiChangeEvent,
  RoiErrorDetail,
  RoiErrorEvent,
  RoiEventMap,
  RoiResult,
} from './events.js';
export {
  FIELD_NAMES,
  type FieldUnit,
  PILOT_FIELDS,
  type RoiField,
  type RoiMode,
  TRAINING_FIELDS,
} from './fields.js';
export { ROI_STRINGS, type RoiLanguage, type RoiStrings } from './i18n.js';
export type { RoiFigure, RoiSeries, RoiView } from './model.js';
export { type ParsedNumber, parseNumber } from './parse-number.js';
export { type RenderRoiHtmlOptions, renderRoiHtml } from './render-roi-html.js';
