import axe from 'axe-core';
import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { AiraRoi } from './element.js';
import { input, mount, shadow, unmountAll } from './testing/mount.js';

afterEach(unmountAll);

async function violations(element: AiraRoi): Promise<string[]> {
  await element.updateComplete;
  const results = await axe.run(element, {
    resultTypes: ['violations'],
    runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
  });
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

describe('axe-core finds no violations', () => {
  test('default state, with the table open', async () => {
    const element = await mount();
    shadow(element).querySelector('details')?.setAttribute('open', '');
    await expect.poll(() => shadow(element).querySelectorAll('tbody tr').length).toBe(13);
    expect(await violations(element)).toEqual([]);
  });

  test('invalid state', async () => {
    const element = await mount();
    await userEvent.clear(input(element, 'participants'));
    await userEvent.type(input(element, 'hourly-rate'), 'x');
    expect(shadow(element).querySelectorAll('[aria-invalid="true"]')).toHaveLength(2);
    expect(await violations(element)).toEqual([]);
  });

  test('pilot state, with fixed fields, in English', async () => {
    const element = await mount('<aira-roi mode="pilot" fixed="hourly-rate"></aira-roi>', 'en');
    expect(await violations(element)).toEqual([]);
  });
});

describe('targets, focus and layout', () => {
  test('every input and the table toggle are at least 24×24 px', async () => {
    const element = await mount();
    for (const target of shadow(element).querySelectorAll('input, summary')) {
      const { width, height } = target.getBoundingClientRect();
      expect(Math.min(width, height), target.outerHTML.slice(0, 60)).toBeGreaterThanOrEqual(24);
    }
  });

  test('focus is visible: a 3px outline around the focused field', async () => {
    const element = await mount();
    await userEvent.click(input(element, 'participants'));
    await userEvent.keyboard('{Tab}');
    const focused = shadow(element).activeElement as HTMLElement;
    expect(focused.getAttribute('name')).toBe('price-per-participant');
    const control = focused.closest('.control') as HTMLElement;
    expect(getComputedStyle(control).outlineWidth).toBe('3px');
    expect(getComputedStyle(control).outlineStyle).toBe('solid');
  });

  test('no horizontal scroll at 320 px, in both modes', async () => {
    for (const markup of ['<aira-roi></aira-roi>', '<aira-roi mode="pilot"></aira-roi>']) {
      const element = await mount(`<div style="width:320px">${markup}</div>`);
      const host = element.getBoundingClientRect();
      expect(host.width).toBeLessThanOrEqual(320);
      for (const node of shadow(element).querySelectorAll('*')) {
        const box = node.getBoundingClientRect();
        if (box.width === 0) continue;
        expect(box.right, node.localName).toBeLessThanOrEqual(host.right + 0.5);
      }
      unmountAll();
    }
  });

  test('the chart has a text alternative and a table; forced colors and print are styled', async () => {
    const element = await mount();
    const svg = shadow(element).querySelector('svg[role="img"]');
    expect(svg?.getAttribute('aria-label')?.replace(/\u00a0/g, ' ')).toBe(
      'Cumulatieve kasstroom per maand: € -24.750 bij de start, € 362.750 na 12 maanden. Terugverdiend na 0,77 maanden.',
    );
    expect(shadow(element).querySelectorAll('table')).toHaveLength(0);
    await userEvent.click(shadow(element).querySelector('summary') as HTMLElement);
    await expect.poll(() => shadow(element).querySelectorAll('table tbody tr').length).toBe(13);
    expect(
      shadow(element)
        .querySelector('tbody tr:last-child')
        ?.textContent?.replace(/\u00a0/g, ' '),
    ).toBe('12€ 362.750');
    const css = (element.constructor as typeof AiraRoi).styles.toString();
    expect(css).toContain('forced-colors: active');
    expect(css).toContain('@media print');
    // Reduced motion: nothing in the element animates or transitions at all.
    for (const node of shadow(element).querySelectorAll('*')) {
      const style = getComputedStyle(node);
      expect(style.transitionDuration, node.localName).toBe('0s');
      expect(style.animationName, node.localName).toBe('none');
    }
  });
});
