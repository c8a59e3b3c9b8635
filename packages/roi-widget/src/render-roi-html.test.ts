import { RoiInputError } from '@aira/roi';
import { describe, expect, it } from 'vitest';
import { renderRoiHtml } from './render-roi-html.js';

const plain = (html: string) => html.replace(/\u00a0/g, ' ');

describe('renderRoiHtml', () => {
  it('writes the worked example with its exact figures, derivation and table', () => {
    const html = plain(renderRoiHtml());
    expect(html.startsWith('<aira-roi><div class="aira-roi-static">')).toBe(true);
    expect(html).toContain('<dt>Investering</dt><dd>€ 24.750</dd>');
    expect(html).toContain('<dt>Opbrengst</dt><dd>€ 387.500</dd>');
    expect(html).toContain('<dt>ROI</dt><dd>1.466%</dd>');
    expect(html).toContain('<dt>Terugverdiend na</dt><dd>0,77 maanden</dd>');
    expect(html).toContain('<dd>0,22 uur per deelnemer per week</dd>');
    expect(html).toContain('<li>Investering: 50 deelnemers × € 495 = € 24.750</li>');
    expect(html).toContain('<tr><th scope="row">0</th><td>€ -24.750</td></tr>');
    expect(html).toContain('<tr><th scope="row">12</th><td>€ 362.750</td></tr>');
  });

  it('writes given inputs as attributes, so the element computes the same case', () => {
    const html = renderRoiHtml(
      { participants: 10, 'hourly-rate': 60.5 },
      { fixed: ['hourly-rate', 'nonsense'], share: true, lang: 'en', headingLevel: 3 },
    );
    expect(html).toMatch(
      /^<aira-roi lang="en" fixed="hourly-rate" share heading-level="3" participants="10" hourly-rate="60.5">/,
    );
    expect(html).toContain('<h3>Result</h3>');
    expect(plain(html)).toContain('<dt>Investment</dt><dd>€4,950</dd>');
  });

  it('renders the pilot with three scenarios side by side', () => {
    const html = plain(renderRoiHtml({ subsidy: 50 }, { mode: 'pilot' }));
    expect(html).toContain('<aira-roi mode="pilot" subsidy="50">');
    for (const name of ['Voorzichtig', 'Verwacht', 'Optimistisch']) expect(html).toContain(name);
    expect(html).toContain('<th scope="col">Verwacht</th>');
    expect(html).toContain('Subsidie (verlaagt de kosten): 50%');
  });

  it('escapes overridden strings', () => {
    const html = renderRoiHtml({}, { strings: { resultsHeading: '<script>x</script>' } });
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
  });

  it('throws RoiInputError naming a bad or unknown input', () => {
    expect(() => renderRoiHtml({ participants: 2.5 })).toThrowError(
      expect.objectContaining({ field: 'participants', reason: 'not-whole' }),
    );
    expect(() => renderRoiHtml({ participants: 1e9 })).toThrowError(RoiInputError);
    expect(() => renderRoiHtml({ 'one-off-costs': 1 })).toThrowError(
      expect.objectContaining({ field: 'one-off-costs', reason: 'unknown-key' }),
    );
    expect(() => renderRoiHtml({ subsidy: 71 }, { mode: 'pilot' })).toThrowError(
      expect.objectContaining({ field: 'subsidy', reason: 'too-large' }),
    );
  });
});
