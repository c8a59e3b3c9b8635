// The public API, one screen: every export is named here on purpose.
export {
  type ContentIssue,
  ContentValidationError,
  type ContentValidationErrorOptions,
} from './errors';
export { checkLlmsTxt, type LlmsTxtProblem } from './export/check-llms-txt';
export { exportSite, toLlmsFullTxt, toLlmsTxt } from './export/llms-txt';
export {
  type ExportFile,
  faqToMarkdown,
  postToMarkdown,
  toMarkdownCompanions,
} from './export/markdown-companions';
export type { PostSources } from './export/post-sources';
export type {
  ExportLanguage,
  ExportOptions,
  ExportPaths,
  SiteContent,
} from './export/site-content';
export { checkFaqFeed } from './feed-check/check-faq-feed';
export {
  contentJsonSchema,
  JSON_SCHEMA_BASE_URL,
  JSON_SCHEMA_TYPES,
  type JsonSchemaType,
} from './json-schema/generate';
export { lintBlogPost } from './lint/lint-blog-post';
export {
  LINT_RULES,
  type LintFinding,
  type LintOptions,
  type LintRuleId,
  type LintSeverity,
} from './lint/types';
export {
  DEFAULT_PAGE_PATHS,
  type PageKind,
  type PagePaths,
  type PagePathValues,
  pagePath,
  pagePaths,
} from './page-paths';
export { type ParseBlogPostOptions, parseBlogPost, safeParseBlogPost } from './parse-blog-post';
export {
  checkPostReferences,
  type PostReferences,
  resolveFaqRefs,
} from './references/post-references';
export { type RenderedAnswer, renderAnswer } from './render/render-answer';
export { type Author, AuthorSchema, parseAuthor, safeParseAuthor } from './schemas/author';
export {
  type BlogPost,
  type BlogPostFrontmatter,
  BlogPostFrontmatterSchema,
  BlogPostSchema,
} from './schemas/blog-post';
export {
  type BudgetSplit,
  BudgetSplitSchema,
  parseBudgetSplit,
  safeParseBudgetSplit,
} from './schemas/budget-split';
export {
  type CaseStudy,
  CaseStudySchema,
  parseCaseStudy,
  safeParseCaseStudy,
} from './schemas/case-study';
export {
  type Competence,
  type CompetenceFramework,
  CompetenceFrameworkSchema,
  type CompetenceLevel,
  parseCompetenceFramework,
  safeParseCompetenceFramework,
} from './schemas/competence-framework';
export {
  CALENDAR_WEEKS,
  type ContentCalendar,
  ContentCalendarSchema,
  parseContentCalendar,
  safeParseContentCalendar,
} from './schemas/content-calendar';
export {
  FAQ_FEED_VERSION,
  type FaqFeed,
  FaqFeedSchema,
  parseFaqFeed,
  safeParseFaqFeed,
} from './schemas/faq-feed';
export {
  type FaqCategory,
  FaqCategorySchema,
  type FaqItem,
  FaqItemSchema,
  parseFaqCategory,
  parseFaqItem,
  safeParseFaqCategory,
  safeParseFaqItem,
} from './schemas/faq-item';
export { INTENTS, SLUG_PATTERN } from './schemas/fields';
export {
  type KeywordCluster,
  KeywordClusterSchema,
  parseKeywordCluster,
  safeParseKeywordCluster,
} from './schemas/keyword-cluster';
export {
  type Organization,
  OrganizationSchema,
  parseOrganization,
  safeParseOrganization,
} from './schemas/organization';
export { type Persona, PersonaSchema, parsePersona, safeParsePersona } from './schemas/persona';
export {
  type PostalAddress,
  PostalAddressSchema,
  parsePostalAddress,
  safeParsePostalAddress,
} from './schemas/postal-address';
export { type Price, PriceSchema, parsePrice, safeParsePrice } from './schemas/price';
export {
  parseRoadmap,
  type Roadmap,
  type RoadmapPhase,
  RoadmapSchema,
  safeParseRoadmap,
} from './schemas/roadmap';
export {
  DURATION_UNITS,
  type Duration,
  DurationSchema,
  parseStepPlan,
  type StepPlan,
  StepPlanSchema,
  type StepPlanStep,
  safeParseStepPlan,
} from './schemas/step-plan';
export {
  parseTrainingOffer,
  safeParseTrainingOffer,
  type TrainingOffer,
  TrainingOfferSchema,
} from './schemas/training-offer';
export {
  parseWorkshop,
  safeParseWorkshop,
  type Workshop,
  WorkshopSchema,
} from './schemas/workshop';
export type { SafeParseResult } from './source/define-parsers';
