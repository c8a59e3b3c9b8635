// The option tables in the ROI README are what a reader on npm sees: every input the
// functions accept must be listed, with the default the code really applies.
import { readFileSync } from 'node:fs';
import { businessCase, trainingRoi } from '@aira/roi';
import { describe, expect, it } from 'vitest';

const readme = readFileSync(new URL('../packages/roi/README.md', import.meta.url), 'utf8');

/** The rows of the README's options table for one function: option name(s) → default cell. */
function optionRows(fn: 'trainingRoi' | 'businessCase'): Map<string, string> {
  const options = readme.split('## Options')[1]?.split('\n## ')[0] ?? '';
  const section = options.split(`\`${fn}(input)\``)[1]?.split(/\n`\w+\(input\)`/)[0] ?? '';
  const rows = new Map<string, string>();
  for (const line of section.split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    if (cells.length < 4 || !cells[1]?.startsWith('`')) continue;
    for (const [, name] of cells[1].matchAll(/`(\w+)`/g))
      rows.set(name as string, cells[2] as string);
  }
  return rows;
}

function expectDocumented(assumptions: Record<string, unknown>, rows: Map<string, string>) {
  for (const [name, value] of Object.entries(assumptions)) {
    expect(rows.has(name), `${name} is missing from the README's Options`).toBe(true);
    if (typeof value === 'number') {
      const cell = rows.get(name) ?? '';
      expect(
        cell === 'required' || cell.startsWith(`\`${value}\``),
        `${name}: README says ${cell}, code uses ${value}`,
      ).toBe(true);
    }
  }
}

describe('@aira/roi README options', () => {
  it('lists every trainingRoi input with its default', () => {
    const { assumptions } = trainingRoi({
      participants: 1,
      pricePerParticipant: 1,
      hoursSavedPerWeek: 1,
      hourlyRate: 1,
    });
    expectDocumented(assumptions as unknown as Record<string, unknown>, optionRows('trainingRoi'));
  });

  it('lists every businessCase input with its default', () => {
    const { assumptions } = businessCase({});
    expectDocumented(assumptions as unknown as Record<string, unknown>, optionRows('businessCase'));
  });
});
