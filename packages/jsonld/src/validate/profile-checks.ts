import { describe } from '../errors.js';
import { ownValue } from '../json.js';
import { childPath } from '../json-path.js';
import type { GoogleProfile, ProfileRule } from '../profiles/types.js';
import { isA } from '../vocabulary/hierarchy.js';
import { RANGES } from '../vocabulary/schema-org.generated.js';
import { type Collected, type FoundNode, valuesAt } from './collect.js';
import { fitsAny, typeList } from './expected-types.js';
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

function isWithin(found: FoundNode, types: readonly string[]): boolean {
  for (let up = found.parent; up; up = up.parent) if (isA(up.types, types)) return true;
  return false;
}

/** Whether a node uses the profile's feature: its type, trigger properties, context. */
function usesFeature(found: FoundNode, profile: GoogleProfile): boolean {
  if (!isA(found.types, profile.types)) return false;
  if (profile.notWithin && isWithin(found, profile.notWithin)) return false;
  return (
    !profile.triggers || profile.triggers.some((key) => ownValue(found.node, key) !== undefined)
  );
}

function appliesTo(rule: ProfileRule, found: FoundNode): boolean {
  return isA(found.types, rule.types) && (!rule.within || isWithin(found, rule.within));
}

/** Properties whose values the rule checks by type: those it names, at the node itself. */
function typedProperties(rule: ProfileRule): string[] {
  const named = [...rule.required, ...rule.recommended]
    .flatMap((entry) => entry.split('|'))
    .map((entry) => entry.split('.')[0] ?? entry);
  return [...new Set([...named, ...Object.keys(rule.expects ?? {})])];
}

function checkTypes(
  found: FoundNode,
  rule: ProfileRule,
  profile: GoogleProfile,
  collected: Collected,
  out: ValidationResult,
): void {
  for (const property of typedProperties(rule)) {
    const expected =
      rule.expects?.[property] ?? (Object.hasOwn(RANGES, property) ? RANGES[property] : undefined);
    const value = ownValue(found.node, property);
    if (!expected || value === undefined || value === null) continue;
    const values = Array.isArray(value) ? value : [value];
    values.forEach((item, index) => {
      if (fitsAny(item, expected, collected)) return;
      const at = childPath(found.path, property);
      out.errors.push({
        path: Array.isArray(value) ? childPath(at, index) : at,
        message: `${found.types.join('/')}.${property} must be ${typeList(expected)} (${profile.feature}), received ${describe(item)}`,
        rule: `${profile.id}/type`,
        profile: profile.id,
        documentation: profile.source,
      });
    });
  }
}

/** Applies every profile to every node: required and recommended properties, types, checks. */
export function checkProfiles(
  profiles: readonly GoogleProfile[],
  collected: Collected,
  out: ValidationResult,
): void {
  const groups = entities(collected);
  for (const profile of profiles) {
    const users = collected.nodes.filter((found) => usesFeature(found, profile));
    const first = users[0];
    if (first && profile.status !== 'active' && profile.statusNote) {
      out.warnings.push({
        path: first.path,
        message: `${profile.feature} (${profile.status}): ${profile.statusNote}`,
        rule: `${profile.id}/status`,
        profile: profile.id,
        documentation: profile.source,
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
          documentation: profile.source,
        });
      }
    }
    for (const group of groups) {
      const [found] = group;
      if (!found || (profile.notWithin && isWithin(found, profile.notWithin))) continue;
      const has = (entry: string) =>
        entry
          .split('|')
          .some((property) =>
            group.some((node) => valuesAt(node.node, property, collected.byId).length > 0),
          );
      for (const rule of profile.rules) {
        if (!appliesTo(rule, found)) continue;
        for (const property of rule.required) {
          if (has(property)) continue;
          const [first = property] = property.split('|');
          out.errors.push({
            path: propertyPath(found.path, first),
            message: `${found.types.join('/')} is missing "${property.split('|').join('" or "')}", which Google requires for ${profile.feature}`,
            rule: `${profile.id}/required`,
            profile: profile.id,
            documentation: profile.source,
          });
        }
        checkTypes(found, rule, profile, collected, out);
        if (profile.status === 'retired') continue;
        for (const property of rule.recommended) {
          if (has(property)) continue;
          out.warnings.push({
            path: propertyPath(found.path, property),
            message: `${found.types.join('/')} has no "${property}", which Google recommends for ${profile.feature}`,
            rule: `${profile.id}/recommended`,
            profile: profile.id,
            documentation: profile.source,
          });
        }
      }
      for (const check of profile.checks ?? []) CHECKS[check](found, collected, profile, out);
    }
  }
}
