import { describe, expect, it } from 'vitest';
import { translate } from '../../../shared/i18n';
import { newDocument, type AssessmentDocument } from '../../../shared/model/document';
import { describeVersionDiff, versionDiff, versionNameOf } from '../../../shared/model/version-diff';
import { indicator } from '../../electron/backend/storage/docs';

const base = (): AssessmentDocument => {
  const doc = newDocument('plan-a', 'Plan', '2026-01-01T00:00:00.000Z');
  doc.preparation.indicators = [indicator(1), indicator(2), indicator(3)];
  return doc;
};
const nl = (d: ReturnType<typeof versionDiff>) => describeVersionDiff((k, v) => translate('nl', k, v), d);
const en = (d: ReturnType<typeof versionDiff>) => describeVersionDiff((k, v) => translate('en', k, v), d);

describe('versionDiff', () => {
  it('the first version is told as such', () => {
    const diff = versionDiff(null, base());
    expect(diff.initial).toBe(true);
    expect(nl(diff)).toBe('Eerste bewaarde versie');
    expect(en(diff)).toBe('First kept version');
  });

  it('no change in content (only the save time) is "no changes"', () => {
    const after = { ...base(), updatedAt: '2026-02-01T00:00:00.000Z', revision: 4 };
    const diff = versionDiff(base(), after);
    expect(diff.parts).toEqual([]);
    expect(nl(diff)).toBe('Geen inhoudelijke wijzigingen');
  });

  it('counts items added, removed and changed per list, and fields per group', () => {
    const after = base();
    after.preparation.indicators[0]!.name = 'nieuw';
    after.preparation.indicators[1]!.unit = 'aantal';
    after.preparation.indicators.splice(2, 1);
    after.preparation.indicators.push(indicator(9), indicator(10));
    after.context.owner = 'Anna';
    after.context.policyDomain = 'Wonen';
    after.preparation.problem = 'Te weinig woningen';
    const diff = versionDiff(base(), after);
    expect(diff.parts).toEqual([
      { part: 'context', added: 0, removed: 0, changed: 2 },
      { part: 'preparation', added: 0, removed: 0, changed: 1 },
      { part: 'indicators', added: 2, removed: 1, changed: 2 },
    ]);
    expect(nl(diff)).toBe(
      'Context: 2 velden gewijzigd; Voorbereiding: 1 veld gewijzigd; Indicatoren: 2 toegevoegd, 1 verwijderd, 2 gewijzigd',
    );
    expect(en(diff)).toBe('Context: 2 fields changed; Preparation: 1 field changed; Indicators: 2 added, 1 removed, 2 changed');
  });

  it('tells a phase change and the freeze first, and at most three parts', () => {
    const after = base();
    after.context.phase = 'implementation';
    after.implementation.frozen = { at: '2026-03-01T00:00:00.000Z', by: 'Anna', effects: [], indicators: [], ambition: '' };
    after.context.owner = 'x';
    after.preparation.problem = 'y';
    after.preparation.indicators.pop();
    after.implementation.measurements.push({
      id: 'm1',
      indicatorId: 'i1',
      date: '2026-03-02',
      value: 1,
      source: '',
      note: '',
      comparison: null,
    });
    const diff = versionDiff(base(), after);
    expect(diff.phase).toBe('implementation');
    expect(diff.frozen).toBe('set');
    expect(nl(diff)).toBe(
      'Fase: Uitvoering (monitoring); Verwachtingen vastgelegd; Context: 1 veld gewijzigd; Voorbereiding: 1 veld gewijzigd; ' +
        'Indicatoren: 1 verwijderd; en nog 1 onderdeel',
    );
    expect(versionDiff(after, base()).frozen).toBe('cleared');
  });

  it('names the start of a phase and the freeze; going back names nothing', () => {
    const prep = base();
    const impl = { ...base(), context: { ...base().context, phase: 'implementation' as const } };
    const evalu = { ...base(), context: { ...base().context, phase: 'evaluation' as const } };
    const frozen = {
      ...base(),
      implementation: {
        ...base().implementation,
        frozen: { at: '2026-03-01T00:00:00.000Z', by: '', effects: [], indicators: [], ambition: '' },
      },
    };
    expect(versionNameOf(prep, impl)).toBe('start-implementation');
    expect(versionNameOf(impl, evalu)).toBe('start-evaluation');
    expect(versionNameOf(prep, frozen)).toBe('frozen');
    expect(versionNameOf(impl, prep)).toBeNull();
    expect(versionNameOf(null, impl)).toBeNull();
    expect(versionNameOf(prep, base())).toBeNull();
  });
});
