export { type RenderFaqHtmlOptions, renderFaqHtml } from './render-faq-html.js';
