/** A short, safe description of a received value for error messages. Never throws. */
export function describeValue(value: unknown): string {
  try {
    if (value === undefined) return 'undefined';
    if (value === null) return 'null';
    if (typeof value === 'string') {
      const shown = value.length > 40 ? `${value.slice(0, 37)}...` : value;
      return JSON.stringify(shown);
    }
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    if (Array.isArray(value)) return `an array of ${value.length}`;
    if (typeof value === 'object') return 'an object';
    return `a ${typeof value}`;
  } catch {
    // Proxies and exotic objects can throw even on Array.isArray.
    return 'an unreadable value';
  }
}
