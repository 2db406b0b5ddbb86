/**
 * The crash journal at start (browser): entries of documents that no longer exist (neither in the
 * workspace nor in the trash) are dropped, and when the last document opened has journaled edits
 * that differ from the version on disk, it opens again so they are offered. An entry that says
 * nothing new (the save on leaving the page went through) is dropped instead of reopening the
 * document; and whatever the user chose meanwhile on the start screen wins over the reopen.
 */
import { dropOrphans } from './journal';
import { sortEntries } from './recovery';
import type { RootStore } from './root-store';

/** `tab`: this tab's id, or a function that reads it (only when a journaled document is found). */
export async function resumeJournal(store: RootStore, settings: Promise<unknown>, tab: string | (() => string)): Promise<void> {
  const { journal, workspace, ui } = store;
  await store.attempt(() => workspace.refresh(true));
  if (workspace.loaded) {
    await dropOrphans(
      journal,
      [...workspace.documents, ...workspace.trash].map((d) => d.id),
    ).catch(() => undefined);
  }
  await settings;
  const last = store.settings.settings?.recentDocuments[0];
  // The desktop app reopens the last document anyway (main.tsx).
  if (!last || ui.navigated || store.capabilities.reopenLastDocument) return;
  const entries = await journal.list(last.id).catch(() => []);
  if (entries.length === 0 || ui.navigated) return;
  // Whether the edits differ from disk is only known against the document itself (a quiet read, no notice on failure).
  const onDisk = await store.backend.workspaceOpen({ id: last.id }).catch(() => null);
  if (!onDisk || ui.navigated) return;
  const found = sortEntries(entries, onDisk.document, typeof tab === 'string' ? tab : tab());
  if (found.recoveries.length > 0 || found.choice) {
    ui.show({ name: 'document', id: last.id });
    return;
  }
  await Promise.all(found.stale.map((s) => journal.remove(last.id, s.tab).catch(() => undefined)));
}
