import * as z from 'zod/mini';
import { defineParsers } from '../source/define-parsers';
import { intent, localeNl, slug, text } from './fields';
import { duplicates, isRecord, listOf } from './refine-helpers';

/** A group of search keywords with one intent, e.g. "workshop costs". */
export const KeywordClusterSchema = z
  .object({
    id: slug(),
    name: text(),
    intent: intent(),
    keywords: z.array(text()).check(z.minLength(1, 'must list at least one keyword')),
    locale: localeNl(),
  })
  .check(
    z.superRefine(
      (cluster: unknown, ctx) => {
        if (!isRecord(cluster)) return;
        const keywords = listOf(cluster.keywords).map((k) =>
          typeof k === 'string' ? k.trim().toLowerCase() : k,
        );
        for (const [index, first] of duplicates(keywords)) {
          ctx.addIssue({
            code: 'custom',
            path: ['keywords', index],
            message: `repeats keywords.${first}`,
          });
        }
      },
      { when: () => true },
    ),
  );
/** A keyword cluster. */
export type KeywordCluster = z.infer<typeof KeywordClusterSchema>;

const parsers = defineParsers(KeywordClusterSchema, 'keyword cluster');
/** Validates a keyword cluster; throws {@link ContentValidationError}. */
export const parseKeywordCluster = parsers.parse;
/** Validates a keyword cluster without throwing. */
export const safeParseKeywordCluster = parsers.safeParse;
