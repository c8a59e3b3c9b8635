import { describe, expect, test } from 'vitest';
import { GOOGLE_PROFILES } from '../profiles/index.js';
import type { GoogleProfile, ProfileRule } from '../profiles/types.js';
import { isA } from '../vocabulary/hierarchy.js';
import { GOOGLE_EXAMPLES } from './__corpus__/google-examples.js';
import { collect, type FoundNode } from './collect.js';
import { validateJsonLd } from './validate.js';

interface Mutation {
  label: string;
  rule: string;
  property: string;
  data: unknown;
}

function applies(rule: ProfileRule, found: FoundNode): boolean {
  if (!isA(found.types, rule.types)) return false;
  if (!rule.within) return true;
  for (let up = found.parent; up; up = up.parent) if (isA(up.types, rule.within)) return true;
  return false;
}

function excluded(profile: GoogleProfile, found: FoundNode): boolean {
  for (let up = found.parent; up; up = up.parent) {
    if (profile.notWithin && isA(up.types, profile.notWithin)) return true;
  }
  return false;
}

// Types under which a plain string is still a right answer: a string there is no mutation.
const STRING_OK = ['Text', 'URL', 'Date', 'DateTime', 'Time'];

/** Broken copies of one example: each required property removed, or given a wrong type. */
function mutations(data: unknown): Mutation[] {
  const out: Mutation[] = [];
  const { nodes } = collect(data);
  nodes.forEach((found, index) => {
    for (const profile of GOOGLE_PROFILES) {
      if (excluded(profile, found)) continue;
      for (const rule of profile.rules) {
        if (!applies(rule, found)) continue;
        for (const entry of rule.required) {
          const alternatives = entry.split('|');
          const present = alternatives.filter((path) => {
            const [head = path, tail] = path.split('.');
            const value = found.node[head];
            return tail
              ? typeof value === 'object' && value !== null && tail in value
              : value !== undefined;
          });
          if (present.length === 0) continue;
          const copy = () => {
            const clone = structuredClone(data);
            const node = collect(clone).nodes[index]?.node as Record<string, unknown>;
            return { clone, node };
          };
          const removed = copy();
          for (const path of present) {
            const [head = path, tail] = path.split('.');
            if (tail) delete (removed.node[head] as Record<string, unknown>)[tail];
            else delete removed.node[head];
          }
          const label = `${found.types.join('/')} at ${found.path}: ${entry}`;
          out.push({
            label: `${label} removed`,
            rule: `${profile.id}/required`,
            property: alternatives[0] ?? entry,
            data: removed.clone,
          });
          const [head = entry] = (present[0] ?? entry).split('.');
          const wrong = copy();
          wrong.node[head] = true;
          out.push({
            label: `${label} as a boolean`,
            rule: `${profile.id}/type`,
            property: head,
            data: wrong.clone,
          });
          const expected = rule.expects?.[head];
          if (expected && !expected.some((type) => STRING_OK.includes(type))) {
            const text = copy();
            text.node[head] = 'first';
            out.push({
              label: `${label} as text`,
              rule: `${profile.id}/type`,
              property: head,
              data: text.clone,
            });
          }
        }
      }
    }
  });
  return out;
}

const ALL = GOOGLE_EXAMPLES.flatMap((example) =>
  mutations(example.data).map((mutation) => ({ ...mutation, example: example.name })),
);

describe("Google's documented examples", () => {
  test('the corpus covers every profile with a dated source', () => {
    const covered = new Set(GOOGLE_EXAMPLES.map((example) => example.profile));
    for (const profile of GOOGLE_PROFILES) expect(covered).toContain(profile.id);
    for (const example of GOOGLE_EXAMPLES) {
      expect(example.source).toMatch(/^https:\/\/developers\.google\.com\/search\//);
      expect(example.checked).toBe('2026-11-30');
      if (!example.verified) expect(example.note).toMatch(/\S/);
    }
  });

  test.each(GOOGLE_EXAMPLES.map((example) => [example.name, example] as const))(
    '%s: no errors',
    (_name, example) => {
      expect(validateJsonLd(example.data).errors).toEqual([]);
    },
  );

  test('documented-valid examples get no price or Course-info warnings they do not deserve', () => {
    const warnings = GOOGLE_EXAMPLES.flatMap((example) =>
      validateJsonLd(example.data).warnings.map((warning) => ({
        ...warning,
        example: example.profile,
      })),
    );
    expect(warnings.filter((warning) => warning.rule.startsWith('price/'))).toEqual([]);
    expect(
      warnings.filter((w) => w.rule === 'course-info/status' && w.example === 'course-list'),
    ).toEqual([]);
  });
});

describe('broken copies of the documented examples', () => {
  test('there is a removal and a wrong type for every required property of every profile', () => {
    const rules = new Set(ALL.map((mutation) => mutation.rule));
    for (const profile of GOOGLE_PROFILES) {
      if (profile.rules.some((rule) => rule.required.length > 0)) {
        expect(rules).toContain(`${profile.id}/required`);
        expect(rules).toContain(`${profile.id}/type`);
      }
    }
    expect(ALL.length).toBeGreaterThan(100);
  });

  test.each(ALL.map((mutation) => [`${mutation.example} / ${mutation.label}`, mutation] as const))(
    '%s is caught',
    (_label, mutation) => {
      const { errors } = validateJsonLd(mutation.data);
      expect(errors).toContainEqual(expect.objectContaining({ rule: mutation.rule }));
      const finding = errors.find((error) => error.rule === mutation.rule);
      expect(finding?.documentation).toMatch(/^https:\/\//);
    },
  );
});
