/**
 * The desktop app's file watcher over a real temp workspace (fs.watch): an edit of a document's
 * file by another program is told once per burst, by document id; other files are not. The
 * debounce timers are injected and fired by hand. The revision call tells whether the file
 * really differs from what a window saved.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { WATCH_DEBOUNCE_MS, watchDocuments } from '../../../../electron/backend/documents/watch';
import { realBackend } from '../../../helpers';

/** Timers fired by hand. */
function manualTimers() {
  const pending = new Map<number, () => void>();
  let next = 1;
  return {
    setTimer: (fn: () => void, ms: number) => {
      expect(ms).toBe(WATCH_DEBOUNCE_MS);
      pending.set(next, fn);
      return next++;
    },
    clearTimer: (timer: unknown) => void pending.delete(timer as number),
    get count() {
      return pending.size;
    },
    fire() {
      const due = [...pending.values()];
      pending.clear();
      due.forEach((fn) => fn());
    },
  };
}

describe('the workspace watcher', () => {
  it('tells once, by id, that a document file changed on disk; other files are ignored', async () => {
    const { handlers, workspaceDir } = await realBackend();
    const { document } = await handlers.workspaceCreate({ title: 'Gevolgd' });
    const timers = manualTimers();
    const changed: string[] = [];
    const stop = watchDocuments(workspaceDir, (id) => changed.push(id), timers);
    onTestFinished(stop);

    await writeFile(join(workspaceDir, 'notities.txt'), 'niet van ons');
    const file = join(workspaceDir, `${document.id}.impactwijzer.json`);
    const { revision } = await handlers.workspaceOpen({ id: document.id });
    // Another program writes the file twice in a row: one burst.
    const edited = { ...document, revision: revision + 1, context: { ...document.context, owner: 'Buiten de app' } };
    await writeFile(file, JSON.stringify(edited));
    await writeFile(file, JSON.stringify(edited, null, 2));
    await vi.waitFor(() => expect(timers.count).toBe(1));
    timers.fire();
    expect(changed).toEqual([document.id]);

    // The window compares: the revision on disk is not the one it saved.
    expect((await handlers.workspaceRevision({ id: document.id })).revision).toBe(revision + 1);
  });

  it('the revision call answers null for a document without a readable file, and never quarantines it', async () => {
    const { handlers, workspaceDir } = await realBackend();
    const { document } = await handlers.workspaceCreate({ title: 'Kapot' });
    expect((await handlers.workspaceRevision({ id: 'bestaat-niet' })).revision).toBeNull();
    const file = join(workspaceDir, `${document.id}.impactwijzer.json`);
    await writeFile(file, '{ kapot');
    expect((await handlers.workspaceRevision({ id: document.id })).revision).toBeNull();
    // Left where it is: the list and the open decide what happens to a damaged file, not a look at its revision.
    expect(await readFile(file, 'utf8')).toBe('{ kapot');
  });
});
