export { GOOGLE_ANSWER_TAGS, toGoogleAnswerHtml } from './answer-html.js';
export { JsonLdError, type JsonLdErrorCode } from './errors.js';
export { type GraphInput, graph } from './graph.js';
export { amsterdamDateTime } from './helpers/amsterdam-date-time.js';
export { decimalPrice, isoDuration } from './helpers/decimal.js';
export { parseDutchPrice, type SchemaPrice } from './helpers/dutch-price.js';
export {
  type InjectOptions,
  injectJsonLd,
  removeJsonLd,
  type TrustedScriptPolicy,
} from './inject.js';
export type { JsonObject } from './json.js';
export { type AuthorOptions, author, authorId } from './nodes/author.js';
export { type BlogPostingOptions, blogPosting } from './nodes/blog-posting.js';
export { breadcrumbList, type Crumb } from './nodes/breadcrumb-list.js';
export { competenceFramework } from './nodes/competence-framework.js';
export { type CourseOptions, course } from './nodes/course.js';
export { type EventOptions, event, seatAvailability } from './nodes/event.js';
export { type FaqPageOptions, faqPage } from './nodes/faq-page.js';
export { type HowToInput, howTo } from './nodes/how-to.js';
export { type DayName, type LocalBusinessOptions, localBusiness } from './nodes/local-business.js';
export { organization, organizationId } from './nodes/organization.js';
export { type PersonInput, person } from './nodes/person.js';
export { roadmap } from './nodes/roadmap.js';
export { type WebSiteInput, webSite } from './nodes/web-site.js';
export type { NodeOptions } from './options.js';
export { GOOGLE_PROFILES } from './profiles/index.js';
export type {
  GoogleProfile,
  ProfileCheck,
  ProfileRule,
  ProfileStatus,
} from './profiles/types.js';
export { jsonLdScriptTag, type ScriptTagOptions } from './script-tag.js';
export { serializeJsonLd } from './serialize.js';
export type { Finding, ValidationResult } from './validate/types.js';
export { type ValidateOptions, validateJsonLd } from './validate/validate.js';
