import * as z from 'zod/mini';
import { defineParsers } from '../source/define-parsers';
import { dateTimeWithOffset, httpUrl, localeNl, nonNegativeInt, slug, text } from './fields';
import { PostalAddressSchema } from './postal-address';
import { PriceSchema } from './price';
import { isNumber, isRecord } from './refine-helpers';

/** A dated training event: an instance of a {@link TrainingOffer}. */
export const WorkshopSchema = z
  .object({
    id: slug(),
    offerId: slug(),
    name: text(),
    description: z.optional(text()),
    locale: localeNl(),
    url: z.optional(httpUrl()),
    start: dateTimeWithOffset(),
    end: dateTimeWithOffset(),
    attendance: z.enum(['offline', 'online', 'mixed']),
    location: z.optional(z.object({ name: text(), address: PostalAddressSchema })),
    onlineUrl: z.optional(httpUrl()),
    seats: z.object({ total: nonNegativeInt(), remaining: nonNegativeInt() }),
    price: z.optional(PriceSchema),
    status: z.optional(z.enum(['scheduled', 'cancelled', 'postponed', 'rescheduled'])),
  })
  .check(z.superRefine(checkWorkshop, { when: () => true }));
/** A dated training event. */
export type Workshop = z.infer<typeof WorkshopSchema>;

function checkWorkshop(w: unknown, ctx: z.core.$RefinementCtx<unknown>): void {
  if (!isRecord(w)) return;
  const start = typeof w.start === 'string' ? Date.parse(w.start) : Number.NaN;
  const end = typeof w.end === 'string' ? Date.parse(w.end) : Number.NaN;
  if (end <= start) {
    ctx.addIssue({
      code: 'custom',
      path: ['end'],
      message: `must be after start (${String(w.start)}), received ${String(w.end)}`,
    });
  }
  const onSite = w.attendance === 'offline' || w.attendance === 'mixed';
  const online = w.attendance === 'online' || w.attendance === 'mixed';
  if (onSite && w.location === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['location'],
      message: `is required when attendance is "${String(w.attendance)}"`,
    });
  }
  if (online && w.onlineUrl === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['onlineUrl'],
      message: `is required when attendance is "${String(w.attendance)}"`,
    });
  }
  const seats = isRecord(w.seats) ? w.seats : {};
  if (isNumber(seats.total) && isNumber(seats.remaining) && seats.remaining > seats.total) {
    ctx.addIssue({
      code: 'custom',
      path: ['seats', 'remaining'],
      message: `must be at most seats.total (${seats.total}), received ${seats.remaining}`,
    });
  }
}

const parsers = defineParsers(WorkshopSchema, 'workshop');
/** Validates a workshop; throws {@link ContentValidationError}. */
export const parseWorkshop = parsers.parse;
/** Validates a workshop without throwing. */
export const safeParseWorkshop = parsers.safeParse;
