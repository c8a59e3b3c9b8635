import { disallowedAnswerTags } from '../answer-html.js';
import { isJsonObject } from '../json.js';
import { childPath } from '../json-path.js';
import type { GoogleProfile, ProfileCheck } from '../profiles/types.js';
import { type Collected, type FoundNode, typesOf, valuesAt } from './collect.js';
import type { ValidationResult } from './types.js';

type Check = (
  found: FoundNode,
  collected: Collected,
  profile: GoogleProfile,
  out: ValidationResult,
) => void;

const PHYSICAL_TYPES = new Set(['Place', 'PostalAddress', 'LocalBusiness']);

/** The extra checks a profile can ask for by name (`checks: ['physical-venue']`). */
export const CHECKS: Record<ProfileCheck, Check> = {
  'physical-venue': (found, collected, profile, out) => {
    if (!profile.types.some((type) => found.types.includes(type))) return;
    const locations = valuesAt(found.node, 'location', collected.byId);
    const physical = locations.find(
      (location) => isJsonObject(location) && typesOf(location).some((t) => PHYSICAL_TYPES.has(t)),
    );
    if (!physical && locations.length > 0) {
      out.warnings.push({
        path: childPath(found.path, 'location'),
        message: `${profile.feature}: Google shows events only at a physical venue the public can book or attend; this event has no Place with an address, so it will not get an event result (the markup stays valid)`,
        rule: `${profile.id}/physical-venue`,
        profile: profile.id,
      });
    } else if (isJsonObject(physical) && typesOf(physical).includes('Place')) {
      if (valuesAt(physical, 'address', collected.byId).length === 0) {
        out.errors.push({
          path: childPath(childPath(found.path, 'location'), 'address'),
          message: `${profile.feature}: the Place needs an address`,
          rule: `${profile.id}/required`,
          profile: profile.id,
        });
      }
    }
  },
  'answer-html': (found, _collected, profile, out) => {
    const text = found.node.text;
    if (!found.types.includes('Answer') || typeof text !== 'string') return;
    const tags = disallowedAnswerTags(text);
    if (tags.length) {
      out.warnings.push({
        path: childPath(found.path, 'text'),
        message: `Answer text uses ${tags.map((t) => `<${t}>`).join(', ')}, which Google ignores; use only h1–h6, br, ol, ul, li, a, p, div, b, strong, i, em (render answers with renderAnswer)`,
        rule: `${profile.id}/answer-html`,
        profile: profile.id,
      });
    }
  },
  'two-crumbs': (found, collected, profile, out) => {
    if (!found.types.includes('BreadcrumbList')) return;
    const items = valuesAt(found.node, 'itemListElement', collected.byId);
    if (items.length === 1) {
      out.warnings.push({
        path: childPath(found.path, 'itemListElement'),
        message: `${profile.feature}: a trail of one crumb says little; Google recommends at least two ListItems`,
        rule: `${profile.id}/two-crumbs`,
        profile: profile.id,
      });
    }
  },
};
