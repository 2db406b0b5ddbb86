import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { critique } from '../../../shared/analysis/findings';
import { progress } from '../../../shared/analysis/progress';
import { indicatorSignal } from '../../../shared/analysis/signal';
import { catalogue } from '../../../shared/framework/catalogue';
import { AssessmentDocument, SCHEMA_VERSION, newDocument } from '../../../shared/model/document';
import { migrate, migrations } from '../../../shared/model/migrations';
import { parseDocumentText } from '../../../shared/model/load';

const sampleText = readFileSync('assets/examples/medtech-heerlen.json', 'utf8');

describe('the sample: Medtech-logistiek Heerlen', () => {
  const sample = AssessmentDocument.parse(JSON.parse(sampleText));

  it('round-trips through the schema unchanged', () => {
    expect(JSON.parse(JSON.stringify(sample))).toEqual(JSON.parse(sampleText));
    expect(AssessmentDocument.parse(JSON.parse(JSON.stringify(sample)))).toEqual(sample);
  });

  it('says it is an example, and fills all three phases', () => {
    expect(sample.context.title).toMatch(/^Voorbeeld/);
    expect(sampleText).toMatch(/fictief voorbeeld/i);
    const p = progress(sample);
    expect(p.preparation.share).toBe(1);
    expect(p.implementation.share).toBe(1);
    expect(p.evaluation.share).toBeGreaterThan(0.9);
    expect(sample.implementation.frozen).not.toBeNull();
    expect(sample.evaluation.recommendation).not.toBeNull();
  });

  it('refers only to items that exist, and to catalogue indicators that exist', () => {
    const p = sample.preparation;
    const options = new Set(p.options.map((o) => o.id));
    const indicators = new Set(p.indicators.map((i) => i.id));
    const effects = new Set(p.effects.map((e) => e.id));
    for (const e of p.effects) expect(options).toContain(e.optionId);
    for (const m of sample.implementation.measurements) expect(indicators).toContain(m.indicatorId);
    for (const r of sample.evaluation.realisedEffects) expect(effects).toContain(r.effectId);
    const ids = new Set(catalogue.map((c) => c.id));
    for (const i of p.indicators) if (i.catalogueId) expect(ids).toContain(i.catalogueId);
  });

  it('gives the critical friend and the signals something to show', () => {
    expect(critique(sample).length).toBeGreaterThan(0);
    const signals = new Set(sample.preparation.indicators.map((i) => indicatorSignal(i, sample.implementation.measurements).signal));
    expect(signals).toContain('on-track');
    expect(signals).toContain('off-track');
  });
});

describe('migrations', () => {
  it('chain from every older version to the current one', () => {
    for (let v = 1; v < SCHEMA_VERSION; v++) expect(typeof migrations[v]).toBe('function');
  });

  it('open the hand-written version-1 fixture in the current version', () => {
    const text = readFileSync('test/fixtures/v1-minimal.json', 'utf8');
    const { document, migratedFrom } = parseDocumentText(text);
    expect(migratedFrom).toBe(1);
    expect(document.schemaVersion).toBe(SCHEMA_VERSION);
    expect(document.context).toMatchObject({
      title: 'Groen in de wijk',
      organisation: 'Gemeente Voorbeeldstad',
      phase: 'preparation',
      language: 'nl',
    });
    expect(document.createdAt).toBe('2026-10-01T08:30:00.000Z');
    expect(document.preparation.options).toEqual([]);
  });

  it('are pure: the input is not changed', () => {
    const raw = JSON.parse(readFileSync('test/fixtures/v1-minimal.json', 'utf8'));
    const copy = structuredClone(raw);
    migrate(raw);
    expect(raw).toEqual(copy);
  });

  it('leave a current document alone', () => {
    const doc = newDocument('actueel', 'Actueel', '2026-01-01T00:00:00.000Z');
    expect(parseDocumentText(JSON.stringify(doc))).toEqual({ document: doc, migratedFrom: null });
  });
});
