import { describe, JsonLdError } from '../errors.js';

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;
const HOUR = 3_600_000;

let formatter: Intl.DateTimeFormat | undefined;

// Created on first use, not at import: the package has no side effects on import.
function amsterdamParts(): Intl.DateTimeFormat {
  formatter ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Amsterdam',
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  return formatter;
}

/** Offset of Europe/Amsterdam from UTC at an instant, in milliseconds. */
function offsetAt(instant: number): number {
  const parts: Record<string, number> = {};
  for (const part of amsterdamParts().formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const wall = Date.UTC(
    parts.year ?? 0,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  return wall - Math.floor(instant / 1000) * 1000;
}

function formatOffset(offset: number): string {
  const minutes = Math.abs(offset) / 60_000;
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${offset < 0 ? '-' : '+'}${hh}:${mm}`;
}

/**
 * Turns a local date-time in Amsterdam (`2026-03-28T10:00`, seconds optional) into ISO 8601
 * with the offset that applies on that date: `+01:00` in winter, `+02:00` in summer, by the
 * rules of the `Europe/Amsterdam` time zone (via `Intl`, no date library).
 *
 * A time that does not exist (the hour skipped when summer time starts) is an error; a time
 * that exists twice (the hour repeated when it ends) gets the first, summer-time offset.
 *
 * @example
 * ```ts
 * amsterdamDateTime('2026-03-28T10:00'); // '2026-03-28T10:00:00+01:00'
 * amsterdamDateTime('2026-03-30T10:00'); // '2026-03-30T10:00:00+02:00'
 * ```
 */
export function amsterdamDateTime(local: string): string {
  const match = typeof local === 'string' ? LOCAL.exec(local.trim()) : null;
  if (!match) {
    throw new JsonLdError(
      'invalid-input',
      `amsterdamDateTime expects a local date-time like "2026-03-28T10:00" (no offset), received ${describe(local)}`,
    );
  }
  const [, y, mo, d, h, mi, s = '00'] = match;
  const wall = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  const check = new Date(wall);
  if (
    check.getUTCMonth() !== Number(mo) - 1 ||
    check.getUTCDate() !== Number(d) ||
    Number(h) > 23 ||
    Number(mi) > 59 ||
    Number(s) > 59
  ) {
    throw new JsonLdError(
      'invalid-input',
      `amsterdamDateTime: ${describe(local)} is not a real date and time; check the day, hour and minute`,
    );
  }
  // The offsets in force half a day either side cover both sides of any DST switch.
  const candidates = [...new Set([offsetAt(wall - 12 * HOUR), offsetAt(wall + 12 * HOUR)])];
  const valid = candidates
    .filter((offset) => offsetAt(wall - offset) === offset)
    .sort((a, b) => b - a);
  const offset = valid[0];
  if (offset === undefined) {
    throw new JsonLdError(
      'invalid-input',
      `amsterdamDateTime: ${describe(local)} does not exist in Amsterdam (the clocks skip that hour when summer time starts); use a time an hour later`,
    );
  }
  return `${y}-${mo}-${d}T${h}:${mi}:${s}${formatOffset(offset)}`;
}
