import { describe, expect, it } from 'vitest';
import { mergeThreeWay, setAtPath, valueAtPath } from '../../../shared/model/merge';

const base = {
  context: { title: 'Plan', owner: 'Anna' },
  options: [
    { id: 'a', name: 'Optie A', note: '' },
    { id: 'b', name: 'Optie B', note: '' },
  ],
};
type Doc = typeof base;
const edit = (change: (doc: Doc) => void): Doc => {
  const copy = structuredClone(base);
  change(copy);
  return copy;
};

describe('three-way merge by field and item id', () => {
  it('disjoint field edits both land, without conflicts', () => {
    const mine = edit((d) => (d.context.title = 'Plan 2'));
    const theirs = edit((d) => {
      d.context.owner = 'Bram';
      d.options[1]!.note = 'van Bram';
    });
    const { merged, conflicts } = mergeThreeWay(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.context).toEqual({ title: 'Plan 2', owner: 'Bram' });
    expect(merged.options[1]).toEqual({ id: 'b', name: 'Optie B', note: 'van Bram' });
  });

  it('both sides add items to one list: both are kept, mine first', () => {
    const mine = edit((d) => d.options.push({ id: 'c', name: 'Mijn optie', note: '' }));
    const theirs = edit((d) => d.options.push({ id: 'd', name: 'Hun optie', note: '' }));
    const { merged, conflicts } = mergeThreeWay(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.options.map((o) => o.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('the same field changed on both sides is a conflict entry; mine is kept', () => {
    const mine = edit((d) => (d.options[0]!.name = 'Mijn naam'));
    const theirs = edit((d) => (d.options[0]!.name = 'Hun naam'));
    const { merged, conflicts } = mergeThreeWay(base, mine, theirs);
    expect(conflicts).toEqual([{ path: 'options.a.name', mine: 'Mijn naam', theirs: 'Hun naam' }]);
    expect(merged.options[0]!.name).toBe('Mijn naam');
  });

  it('an item deleted on one side and edited on the other is a conflict, either way round', () => {
    const edited = edit((d) => (d.options[1]!.note = 'bewerkt'));
    const deleted = edit((d) => d.options.splice(1, 1));
    const kept = mergeThreeWay(base, edited, deleted);
    expect(kept.conflicts).toEqual([{ path: 'options.b', mine: edited.options[1], theirs: undefined }]);
    expect(kept.merged.options.map((o) => o.id)).toEqual(['a', 'b']);
    const gone = mergeThreeWay(base, deleted, edited);
    expect(gone.conflicts).toEqual([{ path: 'options.b', mine: undefined, theirs: edited.options[1] }]);
    expect(gone.merged.options.map((o) => o.id)).toEqual(['a']);
  });

  it('an item deleted on one side and untouched on the other is deleted', () => {
    const deleted = edit((d) => d.options.splice(0, 1));
    expect(mergeThreeWay(base, base, deleted)).toEqual({ merged: deleted, conflicts: [] });
    expect(mergeThreeWay(base, deleted, base)).toEqual({ merged: deleted, conflicts: [] });
  });
});

describe('conflicts resolved to theirs, and paths into a document', () => {
  it('prefer theirs: conflicting fields take theirs, disjoint edits of mine stay', () => {
    const mine = edit((d) => {
      d.options[0]!.name = 'Mijn naam';
      d.context.owner = 'Carla';
    });
    const theirs = edit((d) => (d.options[0]!.name = 'Hun naam'));
    const { merged, conflicts } = mergeThreeWay(base, mine, theirs, 'theirs');
    expect(conflicts).toEqual([{ path: 'options.a.name', mine: 'Mijn naam', theirs: 'Hun naam' }]);
    expect([merged.options[0]!.name, merged.context.owner]).toEqual(['Hun naam', 'Carla']);
  });

  it('reads and writes by key and item id; undefined deletes, a missing item is added, a missing parent changes nothing', () => {
    const doc = edit(() => undefined);
    expect(valueAtPath(doc, 'options.b.name')).toBe('Optie B');
    expect(setAtPath(doc, 'options.b.note', 'nieuw')).toBe(true);
    expect(doc.options[1]!.note).toBe('nieuw');
    expect(setAtPath(doc, 'options.a', undefined)).toBe(true);
    expect(doc.options.map((o) => o.id)).toEqual(['b']);
    expect(setAtPath(doc, 'options.a', { id: 'a', name: 'Terug', note: '' })).toBe(true);
    expect(doc.options.map((o) => o.id)).toEqual(['b', 'a']);
    expect(setAtPath(doc, 'options.weg.name', 'x')).toBe(false);
    expect(valueAtPath(doc, 'options.weg.name')).toBeUndefined();
  });
});
