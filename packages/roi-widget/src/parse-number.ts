// Number entry the way readers type it: Dutch (`1.250,50`, `€ 1.250`) and English
// (`1,250.50`, `€1,250`). The result is a plain decimal string (`1250.5`), so that a
// percentage can be shifted by two places without binary rounding (`33,3` % → `0.333`).

/** What reading a typed number gave: a plain decimal, or why there is none. */
export type ParsedNumber = { ok: true; decimal: string } | { ok: false; empty: boolean };

const GROUPED = (sep: string) => new RegExp(`^\\d{1,3}(?:\\${sep}\\d{3})+$`);

/**
 * Reads a number as typed in `lang` (`nl` or `en`). Spaces, `€` and a trailing `%` are
 * ignored. With both `.` and `,` the last one is the decimal mark. With one of them only, it
 * is a thousands separator when it groups digits in threes the reader's way (`1.250` in Dutch,
 * `1,250` in English) and the decimal mark otherwise (`2,5` and `2.5` both read as 2.5).
 */
export function parseNumber(text: string, lang: 'nl' | 'en'): ParsedNumber {
  const raw = text.replace(/[\s\u00a0\u202f€%]/g, '').replace(/^\+/, '');
  if (raw === '') return { ok: false, empty: true };
  const sign = raw.startsWith('-') || raw.startsWith('−') ? '-' : '';
  let body = sign ? raw.slice(1) : raw;
  if (!/^[\d.,]+$/.test(body) || !/\d/.test(body)) return { ok: false, empty: false };
  const dot = body.lastIndexOf('.');
  const comma = body.lastIndexOf(',');
  if (dot >= 0 && comma >= 0) {
    const [group, mark] = dot > comma ? [',', '.'] : ['.', ','];
    const [whole = '', fraction = '', ...rest] = body.split(mark);
    if (rest.length || !GROUPED(group).test(whole)) return { ok: false, empty: false };
    body = `${whole.replaceAll(group, '')}.${fraction}`;
  } else if (dot >= 0 || comma >= 0) {
    const sep = dot >= 0 ? '.' : ',';
    const readersGroup = (sep === '.') === (lang === 'nl');
    if (readersGroup && GROUPED(sep).test(body)) body = body.replaceAll(sep, '');
    else if (body.split(sep).length === 2) body = body.replace(sep, '.');
    else return { ok: false, empty: false };
  }
  if (body.startsWith('.')) body = `0${body}`;
  if (body.endsWith('.')) body = body.slice(0, -1);
  return { ok: true, decimal: `${sign}${body}` };
}

/** A plain decimal string moved `places` to the left: `shift('33.3', 2)` is `'0.333'`. */
export function shiftLeft(decimal: string, places: number): string {
  const sign = decimal.startsWith('-') ? '-' : '';
  const [whole = '0', fraction = ''] = decimal.replace('-', '').split('.');
  const padded = whole.padStart(places + 1, '0');
  const cut = padded.length - places;
  const out = `${padded.slice(0, cut)}.${padded.slice(cut)}${fraction}`.replace(/\.?0+$/, '');
  return `${sign}${out.replace(/^0+(?=\d)/, '') || '0'}`;
}
