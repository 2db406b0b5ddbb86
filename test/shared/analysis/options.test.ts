import { describe, expect, it } from 'vitest';
import { distribution } from '../../../shared/analysis/groups';
import { relativeScores, sideBySide } from '../../../shared/analysis/options';
import { robustness } from '../../../shared/analysis/robustness';
import { completeDocument, effect } from './build';

/** The complete document with a second policy option B. */
function twoOptions() {
  const d = completeDocument();
  d.preparation.options.push({ ...d.preparation.options[0]!, id: 'option-b', name: 'B' });
  return d;
}

describe('scores relative to the zero option', () => {
  it('counts +, − and 0 and gives min and max per dimension: +2 and −2 are not 0', () => {
    const d = completeDocument();
    d.preparation.effects.push(effect({ id: 'e5', theme: 'wonen', direction: -2, where: 'region' }));
    const here = relativeScores(d, 'option-proposal').find((s) => s.dimension === 'hier-en-nu')!;
    expect(here).toMatchObject({ plus: 1, minus: 2, zero: 0, min: -2, max: 2 });
    const later = relativeScores(d, 'option-proposal').find((s) => s.dimension === 'later')!;
    expect(later).toMatchObject({ plus: 1, minus: 0, zero: 0, min: 1, max: 1 });
    const elsewhere = relativeScores(d, 'option-proposal').find((s) => s.dimension === 'elders')!;
    expect(elsewhere).toMatchObject({ plus: 0, minus: 0, zero: 1, min: 0, max: 0 });
    const b = { ...d.preparation.options[0]!, id: 'option-b', name: 'B' };
    d.preparation.options.push(b);
    expect(relativeScores(d, 'option-b').every((s) => s.min === null && s.max === null && s.plus + s.minus + s.zero === 0)).toBe(true);
  });

  it('scores the zero option 0 everywhere: its entries are the reference, not effects', () => {
    const d = completeDocument();
    d.preparation.effects.push(effect({ id: 'z1', optionId: 'option-zero', theme: 'wonen', direction: -2 }));
    for (const s of relativeScores(d, 'option-zero')) expect(s).toMatchObject({ plus: 0, minus: 0, zero: 0, balance: 0 });
    const here = relativeScores(d, 'option-proposal').find((s) => s.dimension === 'hier-en-nu')!;
    expect(here).toMatchObject({ plus: 1, minus: 1, min: -1, max: 2 });
  });

  it('puts the reference beside each option per theme, several entries per theme kept apart', () => {
    const d = twoOptions();
    d.preparation.effects.push(effect({ id: 'z1', optionId: 'option-zero', theme: 'milieu', direction: -1 }));
    d.preparation.effects.push(effect({ id: 'e5', theme: 'milieu', direction: -1, where: 'municipality' }));
    const rows = sideBySide(d);
    const milieu = rows.find((r) => r.theme === 'milieu')!;
    expect(milieu.reference.map((e) => e.id)).toEqual(['z1']);
    expect(milieu.cells).toEqual([
      { optionId: 'option-proposal', effects: [expect.objectContaining({ id: 'e2' }), expect.objectContaining({ id: 'e5' })] },
      { optionId: 'option-b', effects: [] },
    ]);
    expect(rows.map((r) => r.theme)).not.toContain('wonen');
  });
});

describe('who gains and who loses, per option', () => {
  it('counts effects per group and option, and leaves out groups nobody names and the zero option', () => {
    const d = twoOptions();
    d.preparation.effects.push(
      effect({ id: 'b1', optionId: 'option-b', theme: 'wonen', direction: 1, groups: ['income-low', 'residents-around'] }),
    );
    d.preparation.effects.push(effect({ id: 'z1', optionId: 'option-zero', theme: 'wonen', direction: -1, groups: ['older'] }));
    expect(distribution(d)).toEqual([
      {
        group: 'income-low',
        cells: [
          { optionId: 'option-proposal', gains: 0, loses: 0 },
          { optionId: 'option-b', gains: 1, loses: 0 },
        ],
      },
      {
        group: 'residents-around',
        cells: [
          { optionId: 'option-proposal', gains: 0, loses: 1 },
          { optionId: 'option-b', gains: 1, loses: 0 },
        ],
      },
    ]);
  });
});

describe('robustness of the preference', () => {
  it('is robust when the lead is more than one step', () => {
    const d = completeDocument();
    // proposal: here-and-now +2 −1 = +1, later +1; against the zero option (0) it leads on both by 1: vulnerable only if low confidence.
    d.preparation.effects.find((e) => e.id === 'e1')!.confidence = 'high';
    expect(robustness(d)).toMatchObject({ status: 'robust', dimension: 'hier-en-nu', rivalId: 'option-zero', margin: 1, vulnerable: [] });
  });

  it('is vulnerable when a low-confidence effect, one step worse, makes another option as good', () => {
    const d = twoOptions();
    d.preparation.effects.find((e) => e.id === 'e1')!.direction = 1;
    d.preparation.effects.find((e) => e.id === 'e1')!.confidence = 'low';
    d.preparation.effects.find((e) => e.id === 'e3')!.direction = 0;
    // proposal here-and-now: +1 (low) −1 = 0; later: 0. B here-and-now: −1.
    d.preparation.effects.push(effect({ id: 'e6', theme: 'economisch-kapitaal', direction: 2, confidence: 'low' }));
    d.preparation.effects.push(effect({ id: 'b1', optionId: 'option-b', theme: 'economisch-kapitaal', direction: 1 }));
    const r = robustness(d);
    expect(r).toMatchObject({ status: 'vulnerable', dimension: 'later', rivalId: 'option-b', margin: 1 });
    expect(r.vulnerable.map((e) => e.id)).toEqual(['e6']);
  });

  it('is robust with a margin of two, even on low-confidence effects', () => {
    const d = twoOptions();
    d.preparation.effects.push(effect({ id: 'e6', theme: 'economisch-kapitaal', direction: 2, confidence: 'low' }));
    const r = robustness(d);
    expect(r.status).toBe('robust');
    expect(r.margin).toBeGreaterThanOrEqual(2);
  });

  it('says when there is no preferred policy, or when it leads nowhere', () => {
    const d = completeDocument();
    d.preparation.preferredOptionId = 'option-zero';
    expect(robustness(d).status).toBe('no-preference');
    const e = completeDocument();
    e.preparation.effects.forEach((x) => (x.direction = -1));
    expect(robustness(e).status).toBe('no-lead');
  });
});
