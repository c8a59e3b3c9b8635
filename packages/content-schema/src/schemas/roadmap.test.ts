import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseRoadmap, safeParseRoadmap } from '../index';
import { exampleRoadmap } from '../test/model-fixtures';

const issuesOf = (input: unknown) => {
  const result = safeParseRoadmap(input);
  return result.success ? [] : result.error.issues.map(({ path, message }) => ({ path, message }));
};

const phase = (from: number, to: number) => ({
  name: `Week ${from}–${to}`,
  weeks: { from, to },
  activities: ['Werken'],
  deliverables: ['Resultaat'],
  owners: ['Directie'],
});
const roadmap = (totalWeeks: number, ranges: Array<[number, number]>) => ({
  id: 'roadmap',
  name: 'Roadmap',
  totalWeeks,
  phases: ranges.map(([from, to]) => phase(from, to)),
});

/** Week ranges that split weeks 1..total into consecutive phases. */
const partition = fc
  .tuple(fc.integer({ min: 1, max: 52 }), fc.integer({ min: 1, max: 8 }))
  .chain(([total, count]) =>
    (total < 2
      ? fc.constant<number[]>([])
      : fc.uniqueArray(fc.integer({ min: 2, max: total }), { maxLength: count - 1 })
    ).map((cuts) => {
      const starts = [1, ...cuts.sort((a, b) => a - b)];
      const ranges = starts.map((from, i): [number, number] => [
        from,
        (starts[i + 1] ?? total + 1) - 1,
      ]);
      return { total, ranges };
    }),
  );

describe('Roadmap', () => {
  test('accepts the example: 90 days in 3 phases over weeks 1–13', () => {
    const parsed = parseRoadmap(exampleRoadmap());
    expect(parsed.totalWeeks).toBe(13);
    expect(parsed.phases.map((p) => [p.weeks.from, p.weeks.to])).toEqual([
      [1, 4],
      [5, 9],
      [10, 13],
    ]);
    expect(parsed.phases.every((p) => p.owners.length > 0)).toBe(true);
  });

  test('names a gap, an overlap and a last phase that stops short, each at its phase', () => {
    expect(
      issuesOf(
        roadmap(13, [
          [1, 4],
          [6, 9],
          [10, 13],
        ]),
      ),
    ).toEqual([
      {
        path: 'phases.1.weeks.from',
        message: 'leaves a gap: week 5 belongs to no phase; start this phase at week 5, received 6',
      },
    ]);
    expect(
      issuesOf(
        roadmap(13, [
          [1, 4],
          [3, 9],
          [10, 13],
        ]),
      ),
    ).toEqual([
      {
        path: 'phases.1.weeks.from',
        message:
          'overlaps the phase before it: weeks 3–4 belong to it already; start this phase at week 5, received 3',
      },
    ]);
    expect(
      issuesOf(
        roadmap(13, [
          [1, 4],
          [5, 9],
          [10, 12],
        ]),
      ),
    ).toEqual([
      {
        path: 'phases.2.weeks.to',
        message:
          'leaves a gap: week 13 belongs to no phase; end the last phase at week 13, received 12',
      },
    ]);
    expect(
      issuesOf(
        roadmap(13, [
          [1, 4],
          [5, 9],
          [10, 14],
        ]),
      ).map((i) => i.path),
    ).toEqual(['phases.2.weeks.to']);
    expect(
      issuesOf(
        roadmap(13, [
          [1, 4],
          [9, 5],
          [10, 13],
        ]),
      ).map((i) => i.path),
    ).toEqual(['phases.1.weeks.to']);
  });

  test('refuses a phase without activities, deliverables or owners', () => {
    const input = exampleRoadmap();
    input.phases[0].activities = [];
    input.phases[1].deliverables = [];
    input.phases[2].owners = [];
    expect(issuesOf(input).map((i) => i.path)).toEqual([
      'phases.0.activities',
      'phases.1.deliverables',
      'phases.2.owners',
    ]);
  });

  test('property: phases that split weeks 1..total in order are accepted', () => {
    fc.assert(
      fc.property(partition, ({ total, ranges }) => {
        expect(issuesOf(roadmap(total, ranges))).toEqual([]);
      }),
    );
  });

  test('property: moving one boundary week or the total by any amount is reported', () => {
    fc.assert(
      fc.property(
        partition,
        fc.nat(),
        fc.integer({ min: -3, max: 3 }).filter((d) => d !== 0),
        ({ total, ranges }, pick, delta) => {
          const edges = ranges.flatMap((_, i) => [
            [i, 0],
            [i, 1],
          ]);
          const moved = ranges.map(([from, to]): [number, number] => [from, to]);
          const [index, side] = edges[pick % edges.length] as [number, 0 | 1];
          const range = moved[index] as [number, number];
          range[side] = range[side] + delta;
          fc.pre(range[0] >= 1 && range[1] >= 1);
          expect(issuesOf(roadmap(total, moved)).length).toBeGreaterThan(0);
          if (total + delta >= 1) {
            expect(issuesOf(roadmap(total + delta, ranges)).map((i) => i.path)).toEqual([
              `phases.${ranges.length - 1}.weeks.to`,
            ]);
          }
        },
      ),
    );
  });
});
