import type { AssessmentDocument } from '../../shared/model/document';
import { differsFromDisk, type JournalEntry } from './journal';
import { mergeDocuments, type DiskState, type PendingChoice } from './merge-on-conflict';
import { snapshot } from './snapshot';

/** Unsaved edits of an earlier session (a crash or a reload) of one tab, offered back to the user. */
export interface Recovery {
  /** When they were journaled (ms since the epoch). */
  journaledAt: number;
  document: AssessmentDocument;
  /** The document on disk changed after the version these edits were based on. */
  stale: boolean;
  /** The tab that journaled them. */
  tab: string;
  /** The version they were based on, when known: restoring then merges three ways. */
  base?: AssessmentDocument;
}

/** What the journal holds for a document that was just opened. */
export interface Found {
  /** Edits that differ from the version on disk, oldest first: this tab's and other tabs'. */
  recoveries: Recovery[];
  /** This tab's choice that was still waiting. */
  choice: PendingChoice | null;
  /** Entries that say nothing new (the same as on disk, no choice): to remove. */
  stale: { tab: string }[];
}

/** Sorts the journal entries of one document into offers, this tab's pending choice, and entries to drop. */
export function sortEntries(entries: readonly JournalEntry[], onDisk: AssessmentDocument, tab: string): Found {
  const found: Found = { recoveries: [], choice: null, stale: [] };
  for (const entry of [...entries].sort((a, b) => a.journaledAt - b.journaledAt)) {
    const own = (entry.tab ?? '') === tab;
    if (own && entry.choice) found.choice = entry.choice;
    if (differsFromDisk(entry.document, onDisk)) {
      found.recoveries.push({
        journaledAt: entry.journaledAt,
        document: entry.document,
        stale: entry.basedOn !== onDisk.updatedAt,
        tab: entry.tab ?? '',
        base: entry.base,
      });
    } else if (!entry.choice) found.stale.push({ tab: entry.tab ?? '' });
  }
  return found;
}

/**
 * The document after restoring offered edits into `now`: edits that know the version they were
 * based on merge three ways (fields both changed join the choice view); older ones replace it,
 * based on the version on disk now, so the save follows it instead of an older one.
 */
export function restoredDocument(recovery: Recovery, now: AssessmentDocument, disk: DiskState): AssessmentDocument {
  if (!recovery.base) return { ...recovery.document, id: now.id, updatedAt: now.updatedAt };
  const { document, conflicts } = mergeDocuments(recovery.base, recovery.document, now);
  disk.addConflicts(conflicts, now);
  return { ...document, id: now.id, updatedAt: now.updatedAt, revision: now.revision };
}

/** The journal entry of the open document in this tab: the document, the version it is based on, and a waiting choice. */
export function journalEntry(document: AssessmentDocument | null, disk: DiskState, tab: string, now: number): JournalEntry | null {
  if (!document) return null;
  return {
    id: document.id,
    tab,
    document: snapshot(document),
    journaledAt: now,
    basedOn: document.updatedAt,
    base: disk.base ?? undefined,
    choice: disk.choice ?? undefined,
  };
}
