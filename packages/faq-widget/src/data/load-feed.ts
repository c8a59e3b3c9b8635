import { checkFaqFeed, type FaqFeed } from '@aira/content-schema';
import { FaqLoadError } from './load-error.js';

/**
 * Validates data from any source (fetched JSON, inline script, property) as an FAQ feed.
 * @throws FaqLoadError of kind `invalid` listing the first problems.
 */
export function validateFeed(data: unknown, where: string, src?: string): FaqFeed {
  const { feed, issues } = checkFaqFeed(data);
  if (!issues.length) return feed;
  const list = issues
    .slice(0, 3)
    .map((issue) => `${issue.path || '(root)'}: ${issue.message}`)
    .join('; ');
  throw new FaqLoadError(
    `the FAQ feed from ${where} is not valid (${list}). Check it with parseFaqFeed of @aira/content-schema.`,
    'invalid',
    { issues, ...(src ? { src } : {}) },
  );
}

/**
 * Fetches and validates the feed at `src`. Aborting `signal` rejects with its reason; when
 * `timeout` seconds pass first (headers and body together), the request is aborted and the
 * promise rejects with a `timeout` error. `timeout` ≤ 0 waits for ever.
 * @throws FaqLoadError (`network`, `http`, `json`, `invalid` or `timeout`).
 */
export async function loadFeed(src: string, signal: AbortSignal, timeout = 15): Promise<FaqFeed> {
  const request = new AbortController();
  const cancel = () => request.abort(signal.reason);
  signal.addEventListener('abort', cancel);
  const timer =
    timeout > 0
      ? setTimeout(
          () =>
            request.abort(
              new FaqLoadError(
                `the FAQ feed at ${src} did not arrive within ${timeout} s. Check the server, or raise the element's timeout attribute.`,
                'timeout',
                { src },
              ),
            ),
          timeout * 1000,
        )
      : 0;
  // Settles with the abort's reason as soon as it comes, even while a stalled body is read.
  const aborted = new Promise<never>((_, reject) =>
    request.signal.addEventListener('abort', () => reject(request.signal.reason)),
  );
  try {
    return await Promise.race([fetchFeed(src, request.signal), aborted]);
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', cancel);
  }
}

async function fetchFeed(src: string, signal: AbortSignal): Promise<FaqFeed> {
  let response: Response;
  try {
    response = await fetch(src, { signal, headers: { accept: 'application/json' } });
  } catch (cause) {
    throw new FaqLoadError(
      `could not fetch the FAQ feed at ${src} (${String(cause)}). Check the URL and the server's CORS headers.`,
      'network',
      { src, cause },
    );
  }
  if (!response.ok) {
    throw new FaqLoadError(
      `the FAQ feed at ${src} answered HTTP ${response.status}. Check that src points at a published feed.`,
      'http',
      { src, status: response.status },
    );
  }
  let data: unknown;
  try {
    data = await response.json();
  } catch (cause) {
    throw new FaqLoadError(
      `the FAQ feed at ${src} is not JSON (${String(cause)}). Serve it as application/json.`,
      'json',
      { src, cause },
    );
  }
  return validateFeed(data, src, src);
}
