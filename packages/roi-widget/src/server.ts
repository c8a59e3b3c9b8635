// The Node-safe entry: renders the case as static HTML, without Lit or the DOM.
export { type RenderRoiHtmlOptions, renderRoiHtml } from './render-roi-html.js';
