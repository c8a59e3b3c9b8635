// Issue paths are dotted (`items.3.question`), but a key may itself hold a dot (`og.image`),
// a bracket or a space. Such keys are written as a JSON string in brackets
// (`seo["og.image"]`), so the path stays readable for plain keys and the way back to the
// keys, and so to the file line, is never ambiguous.

const PLAIN = /^[^.[\]"\s]+$/;

/** `['items', 3, 'og.image']` → `items.3["og.image"]`. */
export function formatPath(keys: readonly PropertyKey[]): string {
  let path = '';
  for (const key of keys) {
    const text = typeof key === 'symbol' ? (key.description ?? '') : String(key);
    if (PLAIN.test(text)) path += path ? `.${text}` : text;
    else path += `[${JSON.stringify(text)}]`;
  }
  return path;
}

/** The keys of a path made by {@link formatPath}, all as strings. */
export function parsePath(path: string): string[] {
  const keys: string[] = [];
  let i = 0;
  while (i < path.length) {
    if (path[i] === '.') i++;
    if (path[i] === '[') {
      // A JSON string ends at the first quote that is not escaped.
      let end = i + 2;
      while (end < path.length && path[end] !== '"') end += path[end] === '\\' ? 2 : 1;
      keys.push(JSON.parse(path.slice(i + 1, end + 1)) as string);
      i = end + 2;
    } else {
      let end = i;
      while (end < path.length && path[end] !== '.' && path[end] !== '[') end++;
      keys.push(path.slice(i, end));
      i = end;
    }
  }
  return keys;
}
