import { describe, expect, it } from 'vitest';
import { adjustedValue, describeAdjusted, type FieldValue } from '../../../shared/analysis/adjusted';
import { critique } from '../../../shared/analysis/findings';
import { translate } from '../../../shared/i18n';
import { AssessmentDocument } from '../../../shared/model/document';
import { freezeHash, frozenView } from '../../../shared/model/freeze';
import { parseDocumentText } from '../../../shared/model/load';
import { canonicalJson, sha256Hex } from '../../../shared/model/sha256';
import { startEvaluation, startImplementation } from '../../../shared/model/transitions';
import { reportContent } from '../../../shared/report/content';
import { completeDocument } from '../analysis/build';

const bytes = (s: string) => new TextEncoder().encode(s);
const frozenDoc = () =>
  startImplementation(completeDocument(), 'R. Griffier', '2026-11-29T10:00:00.000Z', {
    date: '2012-03-12',
    decision: 'raadsbesluit 12 maart 2012, nr. 2012/041',
  });
/** Saved and opened again: what the file holds. */
const reload = (doc: AssessmentDocument) => parseDocumentText(JSON.stringify(doc)).document;

/** Reverses the key order of every object. */
function reversed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversed);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, reversed(v)]),
    );
  return value;
}

describe('sha-256 and canonical JSON', () => {
  it('gives the FIPS 180-4 digests', () => {
    expect(sha256Hex(bytes(''))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex(bytes('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    const long = 'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq';
    expect(sha256Hex(bytes(long))).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
    expect(sha256Hex(bytes('a'.repeat(1000)))).toBe('41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3');
  });

  it('writes the same text whatever the key order', () => {
    const a = { b: [1, { y: 2, x: 'é' }], a: null, c: 'tekst' };
    expect(canonicalJson(a)).toBe('{"a":null,"b":[1,{"x":"é","y":2}],"c":"tekst"}');
    expect(canonicalJson(reversed(a))).toBe(canonicalJson(a));
  });
});

describe('the freeze', () => {
  it('keeps the whole ex-ante part, dated on the decision, with who, the decision and a hash', () => {
    const doc = frozenDoc();
    const frozen = doc.implementation.frozen!;
    expect(frozen).toMatchObject({ by: 'R. Griffier', date: '2012-03-12', decision: 'raadsbesluit 12 maart 2012, nr. 2012/041' });
    expect(frozen.snapshot!.preparation).toEqual(completeDocument().preparation);
    expect(frozen.snapshot!.context.phase).toBe('preparation');
    expect(frozen.indicators).toEqual(completeDocument().preparation.indicators);
    expect(frozen.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(doc.context.phase).toBe('implementation');
  });

  it('has a hash that survives saving and does not depend on key order', () => {
    const doc = frozenDoc();
    const frozen = doc.implementation.frozen!;
    const again = reload(doc).implementation.frozen!;
    expect(again.hash).toBe(frozen.hash);
    expect(frozenView(reload(doc))!.intact).toBe(true);
    const shuffled = reversed(frozen.snapshot) as typeof frozen.snapshot & object;
    expect(freezeHash({ date: frozen.date!, by: frozen.by, decision: frozen.decision!, snapshot: shuffled })).toBe(frozen.hash);
  });

  it('notices a snapshot edited outside the app', () => {
    const doc = frozenDoc();
    doc.implementation.frozen!.snapshot!.preparation.indicators[0]!.target = { value: 99, year: 2030 };
    expect(frozenView(reload(doc))!.intact).toBe(false);
  });

  it('dates today when no decision date is given', () => {
    const doc = startImplementation(completeDocument(), 'A', '2026-11-29T23:30:00.000Z');
    expect(doc.implementation.frozen!.date).toBe('2026-11-29');
    expect(doc.implementation.frozen!.decision).toBe('');
  });

  it('loads an older file frozen without snapshot, deriving the frozen part', () => {
    const old = completeDocument();
    old.implementation.frozen = {
      at: '2020-05-01T08:00:00.000Z',
      by: 'Oud',
      ambition: 'Oude ambitie',
      effects: structuredClone(old.preparation.effects),
      indicators: structuredClone(old.preparation.indicators),
    };
    old.context.phase = 'implementation';
    old.preparation.ambition = 'Nieuwe ambitie';
    old.preparation.indicators[0]!.target = { value: 70, year: 2027 };
    const loaded = reload(old);
    const view = frozenView(loaded)!;
    expect(view).toMatchObject({ date: '2020-05-01', by: 'Oud', decision: '', hash: null, derived: true });
    expect(view.preparation.ambition).toBe('Oude ambitie');
    expect(view.preparation.indicators[0]!.target!.value).toBe(60);
    expect(view.context.phase).toBe('preparation');
  });
});

describe('adjusted values', () => {
  const show = (v: FieldValue | undefined) => (typeof v === 'number' ? `${String(v).replace('.', ',')} %` : '—');
  const nl = (key: Parameters<typeof translate>[1], values?: Parameters<typeof translate>[2]) => translate('nl', key, values);
  const en = (key: Parameters<typeof translate>[1], values?: Parameters<typeof translate>[2]) => translate('en', key, values);

  it('reads "oorspronkelijk 11 % → bijgesteld 12 % (besluit 3 mei 2016)" after an adjustment', () => {
    const doc = frozenDoc();
    doc.preparation.indicators[0]!.target = { value: 12, year: 2027 };
    doc.implementation.frozen!.snapshot!.preparation.indicators[0]!.target = { value: 11, year: 2027 };
    doc.implementation.adjustments.push({
      id: 'adj-1',
      date: '2016-05-03',
      decision: 'collegebesluit 3 mei 2016',
      reason: 'Sneller herstel.',
      indicatorIds: ['i1'],
      effectIds: [],
      changesAmbition: false,
      changes: [{ itemId: 'i1', field: 'target', from: 11, to: 12 }],
    });
    const value = adjustedValue(doc, 'i1', 'target');
    expect(value).toMatchObject({ original: 11, current: 12, changed: true });
    expect(describeAdjusted(value, show, nl, 'nl')).toBe('oorspronkelijk 11 % → bijgesteld 12 % (besluit 3 mei 2016)');
    expect(describeAdjusted(value, show, en, 'en')).toBe('originally 11 % → adjusted 12 % (decision 3 May 2016)');
    expect(describeAdjusted(adjustedValue(doc, 'i1', 'targetYear'), (v) => String(v), nl, 'nl')).toBe('2027');
  });

  it('says a change without a decision, and the value alone when nothing changed or nothing was frozen', () => {
    const doc = frozenDoc();
    doc.preparation.problem = 'Ander probleem';
    expect(describeAdjusted(adjustedValue(doc, null, 'problem'), (v) => String(v), nl, 'nl')).toBe(
      'oorspronkelijk Weinig werk in de wijk. → nu Ander probleem (zonder besluit)',
    );
    expect(describeAdjusted(adjustedValue(doc, 'i2', 'baseline'), show, nl, 'nl')).toBe('50 %');
    expect(adjustedValue(completeDocument(), 'i1', 'target')).toBeNull();
  });

  it('counts a structured adjustment as explaining the change (no unrecorded-change finding)', () => {
    const doc = frozenDoc();
    doc.preparation.indicators[0]!.target = { value: 65, year: 2027 };
    const unrecorded = () => critique(doc).filter((f) => f.rule === 'unrecorded-change');
    expect(unrecorded()).toHaveLength(1);
    doc.implementation.adjustments.push({
      id: 'adj-1',
      date: '2016-05-03',
      decision: 'besluit',
      reason: 'reden',
      indicatorIds: [],
      effectIds: [],
      changesAmbition: false,
      changes: [{ itemId: 'i1', field: 'target', from: 60, to: 65 }],
    });
    expect(unrecorded()).toHaveLength(0);
  });
});

describe('the report as frozen', () => {
  const options = { lang: 'nl' as const, phase: 'all' as const, today: '2026-11-29', asFrozen: true };

  it('is the same whatever happens to the document later', () => {
    const doc = reload(frozenDoc());
    const before = reportContent(doc, options);
    doc.implementation.measurements.push({
      id: 'm1',
      indicatorId: 'i1',
      date: '2013-12-31',
      value: 55,
      source: 'CBS',
      note: '',
      comparison: null,
    });
    doc.preparation.indicators[0]!.target = { value: 65, year: 2027 };
    doc.preparation.problem = 'Later herschreven';
    doc.implementation.adjustments.push({
      id: 'adj-1',
      date: '2016-05-03',
      decision: 'besluit',
      reason: 'reden',
      indicatorIds: ['i1'],
      effectIds: [],
      changesAmbition: false,
      changes: [{ itemId: 'i1', field: 'target', from: 60, to: 65 }],
    });
    const after = reportContent(reload(startEvaluation(doc)), options);
    expect(after).toEqual(before);
    const cover = before.blocks[0]!;
    expect(cover.kind === 'cover' && cover.subtitle).toBe('Rapport zoals vastgelegd (voorbereiding, ex ante)');
    const fields = cover.kind === 'cover' ? Object.fromEntries(cover.fields) : {};
    expect(fields['Fase']).toBe('Voorbereiding (ex ante)');
    expect(fields['Vastgelegd']).toBe(
      `Vastgelegd op 12 maart 2012 door R. Griffier, kenmerk ${doc.implementation.frozen!.hash!.slice(0, 12)}`,
    );
    expect(fields['Besluit']).toBe('raadsbesluit 12 maart 2012, nr. 2012/041');
  });

  it('the current report lists the frozen values next to the adjusted ones and names the real phase', () => {
    const doc = frozenDoc();
    doc.preparation.indicators[0]!.target = { value: 65, year: 2027 };
    doc.implementation.adjustments.push({
      id: 'adj-1',
      date: '2016-05-03',
      decision: 'besluit',
      reason: 'reden',
      indicatorIds: ['i1'],
      effectIds: [],
      changesAmbition: false,
      changes: [{ itemId: 'i1', field: 'target', from: 60, to: 65 }],
    });
    const content = reportContent(doc, { lang: 'nl', phase: 'all', today: '2026-11-29' });
    const text = JSON.stringify(content.blocks);
    expect(text).toContain('oorspronkelijk 60 % → bijgesteld 65 % (besluit 3 mei 2016) (2027)');
    expect(text).toContain('Vastgelegde indicatoren');
    // The decision log names what it changed, from → to.
    expect(text).toContain('Streefwaarde (i1): 60 → 65');
    const cover = content.blocks[0]!;
    expect(cover.kind === 'cover' && Object.fromEntries(cover.fields)['Fase']).toBe('Uitvoering (monitoring)');
  });
});
