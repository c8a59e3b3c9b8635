import * as z from 'zod/mini';
import { defineParsers } from '../source/define-parsers';
import { httpUrl, localeNl, nonNegativeInt, positiveInt, slug, text } from './fields';
import { PriceSchema } from './price';
import { range } from './range';
import { duplicates, isRecord, listOf } from './refine-helpers';

const hours = () => z.number().check(z.positive('must be more than 0 hours'));

/** A training AIRA offers (not a dated event: see {@link WorkshopSchema}). */
export const TrainingOfferSchema = z
  .object({
    id: slug(),
    name: text(),
    description: text(),
    locale: localeNl(),
    url: z.optional(httpUrl()),
    format: z.enum(['inspiration-session', 'half-day', 'full-day', 'masterclass', 'series']),
    durationHours: range(hours),
    sessions: z.optional(positiveInt()),
    delivery: z
      .array(z.enum(['in-company', 'open-enrolment', 'online', 'hybrid']))
      .check(z.minLength(1, 'must list at least one delivery mode')),
    groupSize: z.optional(range(positiveInt)),
    price: PriceSchema,
    phase: z.optional(z.enum(['awareness', 'implementation', 'optimization'])),
    supportDaysAfter: z.optional(nonNegativeInt()),
  })
  .check(
    z.superRefine(
      (offer: unknown, ctx) => {
        if (!isRecord(offer)) return;
        const delivery = listOf(offer.delivery);
        for (const [index] of duplicates(delivery)) {
          ctx.addIssue({
            code: 'custom',
            path: ['delivery', index],
            message: `"${String(delivery[index])}" is listed twice`,
          });
        }
      },
      { when: () => true },
    ),
  );
/** A training offer: format, duration, delivery, group size and price. */
export type TrainingOffer = z.infer<typeof TrainingOfferSchema>;

const parsers = defineParsers(TrainingOfferSchema, 'training offer');
/** Validates a training offer; throws {@link ContentValidationError}. */
export const parseTrainingOffer = parsers.parse;
/** Validates a training offer without throwing. */
export const safeParseTrainingOffer = parsers.safeParse;
