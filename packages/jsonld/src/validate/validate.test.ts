import { describe, expect, test } from 'vitest';
import { aira, BASE_URL, feed, offer, stepPlan, workshop } from '../__fixtures__/content.js';
import { siteNodes } from '../__fixtures__/site-nodes.js';
import { graph } from '../graph.js';
import { course } from '../nodes/course.js';
import { event } from '../nodes/event.js';
import { faqPage } from '../nodes/faq-page.js';
import { howTo } from '../nodes/how-to.js';
import { GOOGLE_PROFILES } from '../profiles/index.js';
import { validateJsonLd } from './validate.js';

const rules = (findings: { rule: string }[]) => findings.map((finding) => finding.rule);
const options = { baseUrl: BASE_URL };

describe('validateJsonLd on generator output', () => {
  test('a whole site graph has no errors', () => {
    const data = graph(...siteNodes());

    expect(validateJsonLd(data).errors).toEqual([]);
  });

  test('FAQ: valid, with one warning that Google no longer shows FAQ rich results', () => {
    const { errors, warnings } = validateJsonLd(faqPage(feed, options));
    expect(errors).toEqual([]);
    expect(warnings).toEqual([
      expect.objectContaining({
        path: '$',
        rule: 'faq/status',
        profile: 'faq',
        message: expect.stringContaining('7 May 2026'),
      }),
    ]);
  });

  test('HowTo and Course info are retired; a Dutch Course misses the English-only Course list', () => {
    expect(rules(validateJsonLd(howTo(stepPlan, options)).warnings)).toEqual(['how-to/status']);
    const courseWarnings = rules(
      validateJsonLd(course(offer, { ...options, provider: aira })).warnings,
    );
    expect(courseWarnings).toContain('course-list/language');
    expect(courseWarnings).toContain('course-info/status');
    expect(
      rules(
        validateJsonLd(course({ ...offer, locale: 'en' }, { ...options, provider: aira })).warnings,
      ),
    ).not.toContain('course-list/language');
  });

  test('an online-only event is valid markup but gets the physical-venue warning', () => {
    const online = event(
      {
        ...workshop,
        attendance: 'online',
        location: undefined,
        onlineUrl: 'https://example.nl/live',
      },
      options,
    );
    const { errors, warnings } = validateJsonLd(online);
    expect(errors).toEqual([]);
    expect(warnings).toContainEqual(
      expect.objectContaining({
        path: '$.location',
        rule: 'event/physical-venue',
        profile: 'event',
      }),
    );
    expect(rules(validateJsonLd(event(workshop, options)).warnings)).not.toContain(
      'event/physical-venue',
    );
  });
});

describe('profiles', () => {
  test('every profile names a Google Search Central source, a check date and a status', () => {
    for (const profile of GOOGLE_PROFILES) {
      expect(profile.source).toMatch(/^https:\/\/developers\.google\.com\/search\//);
      expect(profile.checked).toMatch(/^2026-11-(22|30)$/);
      expect(['active', 'limited', 'retired']).toContain(profile.status);
      if (profile.status !== 'active') expect(profile.statusNote).toBeTruthy();
    }
    expect(new Set(GOOGLE_PROFILES.map((p) => p.id)).size).toBe(GOOGLE_PROFILES.length);
  });

  test('FAQ, HowTo and Course info are retired; the others active', () => {
    const status = Object.fromEntries(GOOGLE_PROFILES.map((p) => [p.id, p.status]));
    expect(status).toMatchObject({
      faq: 'retired',
      'how-to': 'retired',
      'course-info': 'retired',
      event: 'active',
      'course-list': 'active',
    });
  });
});
