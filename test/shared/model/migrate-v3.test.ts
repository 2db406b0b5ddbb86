import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AssessmentDocument, SCHEMA_VERSION } from '../../../shared/model/document';
import { parseDocumentText } from '../../../shared/model/load';
import { migrate, migrations } from '../../../shared/model/migrations';

const v2Text = readFileSync('test/fixtures/v2-medtech-heerlen.json', 'utf8');
const v2 = JSON.parse(v2Text);

describe('migration v2 → v3 (the decision-grade trade-off)', () => {
  it('opens the version-2 sample in the current version, nothing lost', () => {
    const { document, migratedFrom } = parseDocumentText(v2Text);
    expect(migratedFrom).toBe(2);
    expect(document.schemaVersion).toBe(SCHEMA_VERSION);
    expect(document.preparation.effects).toHaveLength(v2.preparation.effects.length);
    for (const [i, old] of v2.preparation.effects.entries()) expect(document.preparation.effects[i]).toMatchObject(old);
    expect(document.preparation.options.map((o) => o.name)).toEqual(v2.preparation.options.map((o: { name: string }) => o.name));
    expect(document.implementation.measurements).toEqual(AssessmentDocument.parse(document).implementation.measurements);
  });

  it('makes every effect one entry in the area that names no group yet, also the frozen ones', () => {
    const { document } = parseDocumentText(v2Text);
    const all = [...document.preparation.effects, ...document.implementation.frozen!.effects];
    expect(all.length).toBe(v2.preparation.effects.length + v2.implementation.frozen.effects.length);
    for (const e of all) expect(e).toMatchObject({ where: 'area', groups: [], reach: null, size: '', duration: null });
  });

  it('gives options empty costs, feasibility and risks, and the preference no reason yet', () => {
    const { document } = parseDocumentText(v2Text);
    for (const o of document.preparation.options) {
      expect(o.costs).toEqual({ oneOff: null, yearly: null, period: '', payer: '' });
      expect(o.feasibility.legal).toEqual({ level: null, reason: '' });
      expect(o.risks).toEqual([]);
    }
    expect(document.preparation.preferredReason).toBe('');
    expect(document.preparation.groups).toEqual([]);
  });

  it("migrates a frozen snapshot's effects too, when the freeze kept one", () => {
    const raw = structuredClone(v2);
    raw.implementation.frozen.snapshot = { preparation: { effects: [{ id: 'x', theme: 'wonen', direction: 1 }] } };
    const out = migrations[2]!(raw) as { implementation: { frozen: { snapshot: { preparation: { effects: unknown[] } } } } };
    expect(out.implementation.frozen.snapshot.preparation.effects).toEqual([
      { id: 'x', theme: 'wonen', direction: 1, where: 'area', groups: [] },
    ]);
  });

  it('keeps where and who an effect already has, and is pure', () => {
    const raw = structuredClone(v2);
    raw.preparation.effects[0].where = 'region';
    raw.preparation.effects[0].groups = ['young'];
    const copy = structuredClone(raw);
    const { raw: out } = migrate(raw);
    expect(raw).toEqual(copy);
    expect((out as typeof raw).preparation.effects[0]).toMatchObject({ where: 'region', groups: ['young'] });
  });

  it('leaves a document without preparation or frozen expectations alone', () => {
    const out = migrations[2]!({ schemaVersion: 2, id: 'kaal' });
    expect(out).toEqual({ schemaVersion: 3, id: 'kaal', preparation: undefined, implementation: undefined });
  });
});
