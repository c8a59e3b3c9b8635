import { afterEach, describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { RoiChangeEvent, RoiErrorEvent } from './events.js';
import { cards, input, mount, shadow, text, unmountAll } from './testing/mount.js';

afterEach(() => {
  unmountAll();
  history.replaceState(null, '', location.pathname);
});

const type = async (field: HTMLInputElement, value: string) => {
  await userEvent.clear(field);
  if (value) await userEvent.type(field, value);
};

describe('the worked example by default', () => {
  test('shows DOMAIN’s figures, exactly, in Dutch', async () => {
    const element = await mount();
    expect(cards(element)).toEqual({
      Investering: '€ 24.750',
      Opbrengst: '€ 387.500',
      ROI: '1.466%',
      'Terugverdiend na': '0,77 maanden',
      'Break-even': '0,22 uur per deelnemer per week',
    });
    const lines = Array.from(shadow(element).querySelectorAll('.derivation li'), (li) =>
      (li.textContent ?? '').replace(/\u00a0/g, ' '),
    );
    expect(lines[0]).toBe('Investering: 50 deelnemers × € 495 = € 24.750');
    expect(lines).toContain(
      'Tijdwinst per jaar: 3 uur × 50 medewerkers × € 50 × 45 weken = € 337.500',
    );
    expect(input(element, 'participants').value).toBe('50');
    expect(input(element, 'other-benefits').value).toBe('50.000');
  });

  test('speaks English from lang, with English number formats', async () => {
    const element = await mount('<aira-roi></aira-roi>', 'en-GB');
    expect(cards(element)).toMatchObject({ Investment: '€24,750', ROI: '1,466%' });
    expect(input(element, 'other-benefits').value).toBe('50,000');
  });
});

describe('presets, fixed fields and the pilot', () => {
  test('attributes preset every input; fixed ones are text, not fields', async () => {
    const element = await mount(
      '<aira-roi participants="10" price-per-participant="750" hourly-rate="60" working-weeks="44" other-benefits="0" hours-saved-per-week="2" fixed="price-per-participant hourly-rate"></aira-roi>',
    );
    expect(cards(element).Investering).toBe('€ 7.500');
    expect(shadow(element).querySelector('input[name="price-per-participant"]')).toBeNull();
    expect(shadow(element).querySelector('input[name="hourly-rate"]')).toBeNull();
    expect(text(element)).toContain('Prijs per deelnemer € 750 (euro, excl. btw; vastgesteld)');
    // 2 h × 10 × € 60 × 44 weeks = € 52.800
    expect(cards(element).Opbrengst).toBe('€ 52.800');
  });

  test('attributes are plain decimals, shown in the reader’s format, as renderRoiHtml writes them', async () => {
    const { renderRoiHtml } = await import('./render-roi-html.js');
    const element = await mount(renderRoiHtml({ 'hourly-rate': 62.125, 'other-benefits': 1250.5 }));
    expect(input(element, 'hourly-rate').value).toBe('62,125');
    expect(input(element, 'other-benefits').value).toBe('1.250,5');
    // 3 h × 50 × € 62,125 × 45 = € 419.343,75, plus € 1.250,50
    expect(cards(element).Opbrengst).toBe('€ 420.594,25');
    const en = await mount('<aira-roi hourly-rate="62.125"></aira-roi>', 'en');
    expect(input(en, 'hourly-rate').value).toBe('62.125');
    const typed = await mount('<aira-roi other-benefits="€ 1.250,50"></aira-roi>');
    expect(input(typed, 'other-benefits').value).toBe('€ 1.250,50');
    expect(cards(typed).Opbrengst).toBe('€ 338.750,50');
  });

  test('a preset the host changes replaces what the reader typed there', async () => {
    const element = await mount();
    await type(input(element, 'participants'), '20');
    expect(cards(element).Investering).toBe('€ 9.900');
    element.setAttribute('participants', '30');
    await element.updateComplete;
    expect(input(element, 'participants').value).toBe('30');
    expect(cards(element).Investering).toBe('€ 14.850');
  });

  test('mode="pilot" shows three scenarios side by side from businessCase', async () => {
    const element = await mount('<aira-roi mode="pilot" subsidy="50"></aira-roi>');
    const groups = Array.from(
      shadow(element).querySelectorAll('.group-name'),
      (g) => g.textContent,
    );
    expect(groups).toEqual(['Voorzichtig', 'Verwacht', 'Optimistisch']);
    expect(text(element)).toContain('Subsidie (verlaagt de kosten): 50%');
    expect(shadow(element).querySelectorAll('polyline')).toHaveLength(3);
    await type(input(element, 'subsidy'), '71');
    expect(text(element)).toContain('Vul 70 of minder in.');
  });
});

describe('number entry and invalid input', () => {
  test('Dutch and English entry', async () => {
    const element = await mount();
    await type(input(element, 'price-per-participant'), '€ 1.250,50');
    // 50 × € 1.250,50 = € 62.525
    expect(cards(element).Investering).toBe('€ 62.525');
    const en = await mount('<aira-roi></aira-roi>', 'en');
    await type(input(en, 'price-per-participant'), '1,250.50');
    expect(cards(en).Investment).toBe('€62,525');
  });

  test('an invalid field says why, next to it, and the figures are withdrawn, not stale', async () => {
    const element = await mount();
    const field = input(element, 'participants');
    await type(field, '2,5');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    const error = shadow(element).getElementById('e-participants');
    expect(error?.textContent).toBe('Vul een heel getal in van 0 tot en met 100.000.');
    expect(field.getAttribute('aria-describedby')).toContain('e-participants');
    expect(shadow(element).querySelector('.card')).toBeNull();
    expect(text(element)).toContain('De resultaten zijn niet bijgewerkt.');
    expect(text(element)).not.toContain('€ 24.750');
    await type(field, '');
    expect(shadow(element).getElementById('e-participants')?.textContent).toBe('Vul dit veld in.');
    await type(field, '1000000');
    expect(shadow(element).getElementById('e-participants')?.textContent).toBe(
      'Vul 100.000 of minder in.',
    );
    await type(field, '10');
    expect(field.getAttribute('aria-invalid')).toBe('false');
    expect(cards(element).Investering).toBe('€ 4.950');
  });
});

describe('events', () => {
  test('aira-roi-change fires once the reader pauses, typed, bubbling and composed', async () => {
    const element = await mount();
    const seen: RoiChangeEvent[] = [];
    document.addEventListener('aira-roi-change', (event) => seen.push(event));
    await type(input(element, 'participants'), '100');
    expect(seen).toHaveLength(0);
    await expect.poll(() => seen.length, { timeout: 3000 }).toBe(1);
    const [event] = seen;
    expect(event?.bubbles && event.composed).toBe(true);
    expect(event?.detail.values.participants).toBe(100);
    expect(event?.detail.mode).toBe('training');
    expect(event?.detail.result).toMatchObject({ investment: 49_500 });
    expect(text(element)).toContain('Bijgewerkt: ROI');
  });

  test('aira-roi-error fires with every invalid field', async () => {
    const element = await mount();
    const seen: RoiErrorEvent[] = [];
    element.addEventListener('aira-roi-error', (event) => seen.push(event));
    await type(input(element, 'hourly-rate'), 'veel');
    await expect.poll(() => seen.length, { timeout: 3000 }).toBe(1);
    expect(seen[0]?.detail.errors).toEqual([
      {
        field: 'hourly-rate',
        reason: 'not-a-number',
        message: 'Vul een getal in van 0 tot en met 1.000.',
      },
    ]);
  });
});

describe('share', () => {
  test('the inputs go into the URL and a URL restores them, fixed fields excepted', async () => {
    const element = await mount('<aira-roi share fixed="hourly-rate"></aira-roi>');
    await type(input(element, 'participants'), '12');
    await expect.poll(() => new URL(location.href).searchParams.get('roi-participants')).toBe('12');
    expect(new URL(location.href).searchParams.has('roi-hourly-rate')).toBe(false);
    const shared = new URL(location.href);
    shared.searchParams.set('roi-hourly-rate', '999');
    shared.searchParams.set('roi-price-per-participant', '600.5');
    history.replaceState(null, '', shared.href);
    unmountAll();
    const restored = await mount('<aira-roi share fixed="hourly-rate"></aira-roi>');
    expect(input(restored, 'participants').value).toBe('12');
    expect(input(restored, 'price-per-participant').value).toBe('600,5');
    // 12 × € 600,50 = € 7.206; the fixed rate stays the page's € 50.
    expect(cards(restored).Investering).toBe('€ 7.206');
    expect(text(restored)).toContain('€ 50 (euro, excl. btw; vastgesteld)');
  });
});

describe('defining', () => {
  test('twice is safe, and another tag works', async () => {
    const { defineAiraRoi } = await import('./define.js');
    expect(defineAiraRoi()).toBe(customElements.get('aira-roi'));
    expect(defineAiraRoi('partner-roi')).toBe(customElements.get('partner-roi'));
  });

  test('keyboard only: Tab reaches every field in order', async () => {
    const element = await mount();
    await userEvent.click(page.getByLabelText('Aantal deelnemers'));
    const order = [
      document.activeElement === element
        ? shadow(element).activeElement?.getAttribute('name')
        : null,
    ];
    for (let i = 0; i < 5; i++) {
      await userEvent.keyboard('{Tab}');
      order.push(shadow(element).activeElement?.getAttribute('name') ?? null);
    }
    expect(order).toEqual([
      'participants',
      'price-per-participant',
      'hours-saved-per-week',
      'hourly-rate',
      'working-weeks',
      'other-benefits',
    ]);
  });
});
