import * as z from 'zod/mini';
import { defineParsers } from '../source/define-parsers';
import { httpUrl, localeNl, slug, text, urlOrPath } from './fields';

/**
 * A blog author. Posts name an author by `id`; an invented person must set `fictional`, and a
 * team can write under a role-based name such as "Redactie AIRA".
 */
export const AuthorSchema = z.object({
  id: slug(),
  name: text(),
  role: text(),
  bio: text(),
  url: z.optional(urlOrPath()),
  image: z.optional(urlOrPath()),
  sameAs: z.optional(z.array(httpUrl())),
  fictional: z.optional(z.boolean()),
  locale: localeNl(),
});
/** A blog author: id, name, role, short bio, page and profiles elsewhere. */
export type Author = z.infer<typeof AuthorSchema>;

const parsers = defineParsers(AuthorSchema, 'author');
/**
 * Validates an author; throws {@link ContentValidationError}.
 *
 * @example
 * ```ts
 * const author = parseAuthor({ id: 'redactie-aira', name: 'Redactie AIRA', role: 'Redactie', bio: '…' });
 * ```
 */
export const parseAuthor = parsers.parse;
/** Validates an author without throwing. */
export const safeParseAuthor = parsers.safeParse;
