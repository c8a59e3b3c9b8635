import { jsonEqual, MAX_DEPTH, ownValue } from '../json.js';
import { childPath } from '../json-path.js';
import { isA } from '../vocabulary/hierarchy.js';
import type { Collected } from './collect.js';
import { DOCS } from './documentation.js';
import type { ValidationResult } from './types.js';

/**
 * Checks that span nodes: places the walk had to stop (cycles, excessive depth), references to an `@id` no node defines, two nodes with one `@id`
 * that disagree, and more than one FAQPage on a page.
 */
export function checkGraph(collected: Collected, out: ValidationResult): void {
  for (const stop of collected.stops) {
    out.errors.push(
      stop.kind === 'cycle'
        ? {
            path: stop.path,
            message: `the object at ${stop.path} contains itself (a cycle), which JSON cannot carry; link nodes by {"@id": ...} instead of by object reference`,
            rule: 'json/cycle',
            documentation: DOCS.jsonLd,
          }
        : {
            path: stop.path,
            message: `the data is nested more than ${MAX_DEPTH} levels deep at ${stop.path} and was not checked below it; flatten it into nodes linked by {"@id": ...}`,
            rule: 'json/depth',
            documentation: DOCS.jsonLd,
          },
    );
  }

  for (const reference of collected.references) {
    if (collected.byId.has(reference.id)) continue;
    out.errors.push({
      path: reference.path,
      message: `the reference {"@id": "${reference.id}"} points at no node in this data; add that node (e.g. with graph()) or embed the entity instead`,
      rule: 'graph/dangling-reference',
      documentation: DOCS.jsonLd,
    });
  }

  for (const [id, nodes] of collected.byId) {
    const [first, ...rest] = nodes;
    if (!first) continue;
    for (const other of rest) {
      for (const key of Object.keys(other.node)) {
        const a = ownValue(first.node, key);
        const b = ownValue(other.node, key);
        if (a === undefined || b === undefined || jsonEqual(a, b)) continue;
        out.errors.push({
          path: childPath(other.path, key),
          message: `two nodes with @id "${id}" disagree on "${key}" (see ${childPath(first.path, key)}); one entity must have one value, so make them equal or give the nodes different @ids`,
          rule: 'graph/conflicting-id',
          documentation: DOCS.jsonLd,
        });
      }
    }
  }

  const faqPages = collected.nodes.filter((found) => found.types.includes('FAQPage'));
  const distinct = new Map<unknown, (typeof faqPages)[number]>();
  for (const found of faqPages) {
    const key = found.node['@id'] ?? found;
    if (!distinct.has(key)) distinct.set(key, found);
  }
  if (distinct.size > 1) {
    for (const found of [...distinct.values()].slice(1)) {
      out.errors.push({
        path: found.path,
        message: `a page may carry only one FAQPage, found ${distinct.size}; merge the questions into one FAQPage (faqPage with the combined items)`,
        rule: 'graph/multiple-faq-pages',
        profile: 'faq',
        documentation: DOCS.faq,
      });
    }
  }

  for (const found of collected.nodes) {
    if (!found.top || !isA(found.types, LINKED_TYPES)) continue;
    if (found.node['@id'] !== undefined || found.node.url !== undefined) continue;
    out.warnings.push({
      path: found.path,
      message: `this ${found.types.join('/')} has neither "@id" nor "url", so no other node (or page) can refer to it; give it an @id such as "https://example.nl/pagina#article" (generators do so when you pass baseUrl)`,
      rule: 'graph/unlinkable',
      documentation: DOCS.jsonLd,
    });
  }
}

// Entities that other nodes point at (publisher, author, isPartOf, about, provider, organizer).
const LINKED_TYPES = [
  'CreativeWork',
  'Organization',
  'Person',
  'Event',
  'Place',
  'Product',
  'Course',
];
