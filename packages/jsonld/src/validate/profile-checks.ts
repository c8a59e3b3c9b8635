import { childPath } from '../json-path.js';
import type { GoogleProfile } from '../profiles/types.js';
import { type Collected, type FoundNode, valuesAt } from './collect.js';
import { CHECKS } from './feature-checks.js';
import type { ValidationResult } from './types.js';

function propertyPath(path: string, dotted: string): string {
  return dotted.split('.').reduce(childPath, path);
}

// One entity per @id (an organization embedded in five posts is checked once, with the
// properties of all its copies); nodes without @id stand alone.
function entities(collected: Collected): FoundNode[][] {
  const groups: FoundNode[][] = [];
  const seen = new Set<string>();
  for (const found of collected.nodes) {
    const id = found.node['@id'];
    if (typeof id !== 'string') {
      groups.push([found]);
    } else if (!seen.has(id)) {
      seen.add(id);
      groups.push(collected.byId.get(id) ?? [found]);
    }
  }
  return groups;
}

function languageOf(found: FoundNode): string | undefined {
  const lang = found.node.inLanguage;
  return typeof lang === 'string' ? lang.toLowerCase().split('-')[0] : undefined;
}

/** Applies every profile to every node: required and recommended properties, languages, checks. */
export function checkProfiles(
  profiles: readonly GoogleProfile[],
  collected: Collected,
  out: ValidationResult,
): void {
  for (const profile of profiles) {
    const users = collected.nodes.filter((found) =>
      profile.types.some((t) => found.types.includes(t)),
    );
    const first = users[0];
    if (first && profile.status !== 'active' && profile.statusNote) {
      out.warnings.push({
        path: first.path,
        message: `${profile.feature} (${profile.status}): ${profile.statusNote}`,
        rule: `${profile.id}/status`,
        profile: profile.id,
      });
    }
    if (profile.languages) {
      for (const found of users) {
        const lang = languageOf(found);
        if (lang && profile.languages.includes(lang)) continue;
        out.warnings.push({
          path: childPath(found.path, 'inLanguage'),
          message: `${profile.feature}: Google shows this feature only in ${profile.languages.join(', ')}; this node is in ${lang ?? 'an unstated language'}, so it will not get the rich result (the markup stays valid)`,
          rule: `${profile.id}/language`,
          profile: profile.id,
        });
      }
    }
    for (const group of entities(collected)) {
      const [found] = group;
      if (!found) continue;
      const has = (property: string) =>
        group.some((node) => valuesAt(node.node, property, collected.byId).length > 0);
      for (const rule of profile.rules) {
        if (!rule.types.some((type) => found.types.includes(type))) continue;
        for (const property of rule.required) {
          if (has(property)) continue;
          out.errors.push({
            path: propertyPath(found.path, property),
            message: `${found.types.join('/')} is missing required property "${property}" (${profile.feature}, ${profile.source})`,
            rule: `${profile.id}/required`,
            profile: profile.id,
          });
        }
        if (profile.status === 'retired') continue;
        for (const property of rule.recommended) {
          if (has(property)) continue;
          out.warnings.push({
            path: propertyPath(found.path, property),
            message: `${found.types.join('/')} has no "${property}", which Google recommends for ${profile.feature}`,
            rule: `${profile.id}/recommended`,
            profile: profile.id,
          });
        }
      }
      for (const check of profile.checks ?? []) CHECKS[check](found, collected, profile, out);
    }
  }
}
