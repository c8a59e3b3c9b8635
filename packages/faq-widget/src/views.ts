import type { FaqCategory } from '@aira/content-schema';
import { html, nothing, type TemplateResult } from 'lit';
import type { FaqLoadError } from './data/load-error.js';
import { type FaqStrings, format } from './i18n.js';

/** The reader-facing text for a load error (the developer message is in the event). */
export function errorText(error: FaqLoadError, s: FaqStrings): string {
  if (error.kind === 'timeout') return s.timeoutError;
  if (error.kind === 'invalid' || (error.kind === 'json' && !error.extra.src))
    return s.invalidError;
  return format(s.loadError, { status: error.extra.status ? ` (HTTP ${error.extra.status})` : '' });
}

/** The error box: a `role="alert"` message with a retry button and the `error` slot. */
export function errorView(
  error: FaqLoadError,
  s: FaqStrings,
  busy: boolean,
  onRetry: () => void,
): TemplateResult {
  return html`<div class="error" part="error" role="alert">
    <p>${errorText(error, s)}</p>
    <button
      class="retry"
      part="retry"
      type="button"
      aria-disabled=${busy}
      @click=${onRetry}
    >
      ${s.retry}
    </button>
    <slot name="error"></slot>
  </div>`;
}

/**
 * The visible status line (result count, "loading") and, when given, the "expand all" and
 * "collapse all" buttons with their click handlers.
 */
export function barView(
  status: string,
  s: FaqStrings,
  bulk?: readonly [expand: () => void, collapse: () => void],
): TemplateResult {
  return html`<div class="bar">
    <p class="status" part="status">${status}</p>
    ${
      bulk
        ? html`<div class="controls">
          <button class="control" part="control" type="button" @click=${bulk[0]}>
            ${s.expandAll}
          </button>
          <button class="control" part="control" type="button" @click=${bulk[1]}>
            ${s.collapseAll}
          </button>
        </div>`
        : nothing
    }
  </div>`;
}

/** The "no questions found" box, with the `no-results` slot for e.g. a contact link. */
export function noResultsView(s: FaqStrings, query: string): TemplateResult {
  return html`<div class="empty" part="no-results">
    <p>${format(s.noResults, { query })}</p>
    <slot name="no-results"></slot>
  </div>`;
}

/** What the toolbar shows and whom it tells about changes. */
export interface ToolbarState {
  strings: FaqStrings;
  search: boolean;
  query: string;
  categories: readonly FaqCategory[];
  selected: string;
  onQuery: (query: string) => void;
  onCategory: (id: string) => void;
}

/** The search field (with a visible label) and, when the feed has categories, the chips. */
export function toolbarView(state: ToolbarState): TemplateResult {
  const { strings: s, selected, onCategory } = state;
  const chip = (id: string, label: string) =>
    html`<button
      class="chip"
      part="chip"
      type="button"
      aria-pressed=${selected === id}
      @click=${() => onCategory(id)}
    >
      ${label}
    </button>`;
  return html`<div class="toolbar" part="toolbar">
    ${
      state.search
        ? html`<div>
          <label for="search" part="search-label">${s.searchLabel}</label>
          <input
            id="search"
            part="search"
            type="search"
            autocomplete="off"
            spellcheck="false"
            enterkeyhint="search"
            placeholder=${s.searchPlaceholder}
            .value=${state.query}
            @input=${(e: Event) => state.onQuery((e.target as HTMLInputElement).value)}
          />
        </div>`
        : nothing
    }
    ${
      state.categories.length
        ? html`<div class="chips" part="categories" role="group" aria-label=${s.categoriesLabel}>
          ${chip('', s.allCategories)} ${state.categories.map((c) => chip(c.id, c.label))}
        </div>`
        : nothing
    }
  </div>`;
}
