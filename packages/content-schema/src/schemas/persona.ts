import * as z from 'zod/mini';
import { defineParsers } from '../source/define-parsers';
import { localeNl, slug, text } from './fields';

/** A reader the content is written for, e.g. the busy SME owner. */
export const PersonaSchema = z.object({
  id: slug(),
  name: text(),
  description: text(),
  painPoints: z.array(text()).check(z.minLength(1, 'must list at least one pain point')),
  typicalQuestions: z.array(text()).check(z.minLength(1, 'must list at least one question')),
  locale: localeNl(),
});
/** A reader persona. */
export type Persona = z.infer<typeof PersonaSchema>;

const parsers = defineParsers(PersonaSchema, 'persona');
/** Validates a persona; throws {@link ContentValidationError}. */
export const parsePersona = parsers.parse;
/** Validates a persona without throwing. */
export const safeParsePersona = parsers.safeParse;
