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

/** Settles like `promise`, or rejects with the signal's reason as soon as it aborts. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    const stop = () => reject(signal.reason);
    if (signal.aborted) stop();
    signal.addEventListener('abort', stop, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', stop));
  });
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
  signal.addEventListener('abort', cancel, { once: true });
  const expired = new FaqLoadError(
    `the FAQ feed at ${src} did not arrive within ${timeout} s (timeout). Check that the server answers, or raise the element's timeout attribute.`,
    'timeout',
    { src },
  );
  const timer = timeout > 0 ? setTimeout(() => request.abort(expired), timeout * 1000) : 0;
  // Wrapping every step also ends a fetch replaced by a stub that ignores the signal.
  const step = <T>(promise: Promise<T>) => untilAborted(promise, request.signal);
  // Once aborted (by the caller or the timer), the abort's reason is the error to report.
  const failure = (error: () => FaqLoadError): unknown =>
    request.signal.aborted ? request.signal.reason : error();
  try {
    let response: Response;
    try {
      response = await step(
        fetch(src, { signal: request.signal, headers: { accept: 'application/json' } }),
      );
    } catch (cause) {
      throw failure(
        () =>
          new FaqLoadError(
            `could not fetch the FAQ feed at ${src} (${String(cause)}). Check the src URL and that the server allows CORS from this page.`,
            'network',
            { src, cause },
          ),
      );
    }
    if (!response.ok) {
      throw new FaqLoadError(
        `the FAQ feed at ${src} answered HTTP ${response.status}. Check that the src URL points at a published feed.`,
        'http',
        { src, status: response.status },
      );
    }
    let data: unknown;
    try {
      data = await step(response.json());
    } catch (cause) {
      throw failure(
        () =>
          new FaqLoadError(
            `the FAQ feed at ${src} is not JSON (${String(cause)}). Serve the feed as application/json.`,
            'json',
            { src, cause },
          ),
      );
    }
    return validateFeed(data, src, src);
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', cancel);
  }
}
