import { describe, expect, it } from 'vitest';
import { catalogue } from '../../../shared/framework/catalogue';
import { EMPTY_QUERY, queryCatalogue } from '../../../shared/framework/catalogue-query';
import { dimensionOf } from '../../../shared/framework/framework';

describe('catalogue search and filters', () => {
  it('returns everything for the empty query', () => {
    expect(queryCatalogue(EMPTY_QUERY)).toHaveLength(catalogue.length);
  });

  it('filters by each field, and by several at once', () => {
    expect(queryCatalogue({ dimension: 'later' }).every((c) => dimensionOf(c.theme) === 'later')).toBe(true);
    expect(queryCatalogue({ theme: 'wonen' }).every((c) => c.theme === 'wonen')).toBe(true);
    expect(queryCatalogue({ scale: 'buurt' }).every((c) => c.scales.includes('buurt'))).toBe(true);
    expect(queryCatalogue({ publisher: 'uwv' }).map((c) => c.id)).toEqual(['ww-uitkeringen', 'arbeidsongeschiktheidsuitkeringen']);
    expect(queryCatalogue({ kind: 'subjective' }).every((c) => c.kind === 'subjective')).toBe(true);
    expect(queryCatalogue({ group: 'migration' }).every((c) => c.groups.includes('migration'))).toBe(true);
    const both = queryCatalogue({ publisher: 'cbs', group: 'sex', scale: 'gemeente', verified: 'no' });
    expect(both.length).toBeGreaterThan(0);
    for (const c of both) expect(c.source.cbs && c.groups.includes('sex') && c.scales.includes('gemeente') && !c.verified, c.id).toBe(true);
    const split = queryCatalogue({ verified: 'yes' }).length + queryCatalogue({ verified: 'no' }).length;
    expect(split).toBe(catalogue.length);
  });

  it('finds words in both languages, without accents, and by table id or dataset', () => {
    expect(queryCatalogue({ text: 'woonquote' }).map((c) => c.id)).toEqual(['woonquote']);
    expect(queryCatalogue({ text: 'housing cost ratio' }).map((c) => c.id)).toEqual(['woonquote']);
    expect(queryCatalogue({ text: 'financiele situatie' }).map((c) => c.id)).toEqual(['tevredenheid-met-financiele-situatie']);
    expect(queryCatalogue({ text: '83452NED' }).map((c) => c.id)).toEqual(['huishoudelijk-restafval']);
    expect(queryCatalogue({ text: 'zzz-onbekend' })).toEqual([]);
  });
});
