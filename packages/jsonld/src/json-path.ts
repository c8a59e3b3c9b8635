const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * Appends one key or index to a JSON path in the `$.a[0]["@id"]` style used by every error
 * and finding, so that a path can be pasted into a JSONPath tool.
 */
export function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  return IDENTIFIER.test(key) ? `${parent}.${key}` : `${parent}[${JSON.stringify(key)}]`;
}

/** The path of the value passed in. */
export const ROOT_PATH = '$';
