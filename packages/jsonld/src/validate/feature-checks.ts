import { disallowedAnswerTags } from '../answer-html.js';
import { isJsonObject } from '../json.js';
import { childPath } from '../json-path.js';
import type { GoogleProfile, ProfileCheck } from '../profiles/types.js';
import { isA } from '../vocabulary/hierarchy.js';
import { type Collected, type FoundNode, typesOf, valuesAt } from './collect.js';
import type { ValidationResult } from './types.js';

type Check = (
  found: FoundNode,
  collected: Collected,
  profile: GoogleProfile,
  out: ValidationResult,
) => void;

const PHYSICAL_TYPES = ['Place', 'PostalAddress'];

function positionOf(item: unknown): number {
  const position = isJsonObject(item) ? Number(item.position) : Number.NaN;
  return Number.isFinite(position) ? position : Number.POSITIVE_INFINITY;
}

/** The extra checks a profile can ask for by name (`checks: ['physical-venue']`). */
export const CHECKS: Record<ProfileCheck, Check> = {
  'physical-venue': (found, collected, profile, out) => {
    if (!isA(found.types, profile.types)) return;
    const locations = valuesAt(found.node, 'location', collected.byId);
    const at = childPath(found.path, 'location');
    const physical = locations.find(
      (location) => isJsonObject(location) && isA(typesOf(location), PHYSICAL_TYPES),
    );
    if (!physical && locations.length > 0) {
      out.warnings.push({
        path: at,
        message: `${profile.feature}: Google shows events only at a physical venue the public can book or attend; this event has no Place with an address, so it will not get an event result (the markup stays valid)`,
        rule: `${profile.id}/physical-venue`,
        profile: profile.id,
        documentation: profile.source,
      });
    }
    for (const location of locations) {
      if (!isJsonObject(location)) continue;
      const types = typesOf(location);
      const needs = isA(types, ['Place'])
        ? 'address'
        : isA(types, ['VirtualLocation'])
          ? 'url'
          : '';
      if (!needs || valuesAt(location, needs, collected.byId).length > 0) continue;
      out.errors.push({
        path: childPath(at, needs),
        message: `${profile.feature}: the ${types.join('/')} of an event needs "${needs}", which Google requires`,
        rule: `${profile.id}/required`,
        profile: profile.id,
        documentation: profile.source,
      });
    }
  },
  'answer-html': (found, _collected, profile, out) => {
    const text = found.node.text;
    if (!isA(found.types, ['Answer']) || typeof text !== 'string') return;
    const tags = disallowedAnswerTags(text);
    if (tags.length) {
      out.warnings.push({
        path: childPath(found.path, 'text'),
        message: `Answer text uses ${tags.map((t) => `<${t}>`).join(', ')}, which Google ignores; use only h1–h6, br, ol, ul, li, a, p, div, b, strong, i, em (render answers with renderAnswer)`,
        rule: `${profile.id}/answer-html`,
        profile: profile.id,
        documentation: profile.source,
      });
    }
  },
  'two-crumbs': (found, collected, profile, out) => {
    if (!isA(found.types, ['BreadcrumbList'])) return;
    const items = valuesAt(found.node, 'itemListElement', collected.byId);
    if (items.length === 1) {
      out.warnings.push({
        path: childPath(found.path, 'itemListElement'),
        message: `${profile.feature}: a trail of one crumb says little; Google recommends at least two ListItems`,
        rule: `${profile.id}/two-crumbs`,
        profile: profile.id,
        documentation: profile.source,
      });
    }
  },
  'crumb-items': (found, collected, profile, out) => {
    if (!isA(found.types, ['BreadcrumbList'])) return;
    const raw = found.node.itemListElement;
    const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
    const resolved = valuesAt(found.node, 'itemListElement', collected.byId);
    // Google requires `item` on every crumb but the last one (by position): that is the page itself.
    const last = Math.max(...resolved.map(positionOf).filter(Number.isFinite), 0);
    resolved.forEach((crumb, index) => {
      if (!isJsonObject(crumb) || positionOf(crumb) >= last) return;
      if (valuesAt(crumb, 'item', collected.byId).length > 0) return;
      const at =
        Array.isArray(raw) && index < list.length
          ? childPath(childPath(found.path, 'itemListElement'), index)
          : childPath(found.path, 'itemListElement');
      out.errors.push({
        path: childPath(at, 'item'),
        message: `${profile.feature}: every ListItem but the last needs "item" (the URL of that crumb's page), which Google requires`,
        rule: `${profile.id}/required`,
        profile: profile.id,
        documentation: profile.source,
      });
    });
  },
};
