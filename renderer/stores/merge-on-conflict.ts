/**
 * Two writers on one document (another tab, window or program): what this window knows of the
 * version on disk (its revision and content, the base of a three-way merge) and the fields where
 * both sides changed the same thing, waiting for the user's choice. Merging answers the
 * disjoint merge: theirs plus this window's other changes; where both changed a field the other
 * value goes in and this window's value waits in the pending choice, so nothing is lost.
 */
import { makeAutoObservable, observableRef } from 'mobx';
import type { AssessmentDocument } from '../../shared/model/document';
import { jsonEqual, mergeThreeWay, setAtPath, valueAtPath, type MergeConflict, type Side } from '../../shared/model/merge';

/** Fields both sides changed, each with both values, until the user chooses. */
export interface PendingChoice {
  conflicts: MergeConflict[];
  /** When the other version was saved (its `updatedAt`), when known. */
  theirsSavedAt: string | null;
}

/** What a notice in the toolbar tells about the last change noticed on disk. */
export type DiskNotice = 'reloaded' | 'merged' | 'applied';

/** A document without what only the disk decides (when it was saved, its revision): those never conflict. */
export function withoutStamps(document: AssessmentDocument): Omit<AssessmentDocument, 'updatedAt' | 'revision'> {
  const copy: Partial<AssessmentDocument> = { ...document };
  delete copy.updatedAt;
  delete copy.revision;
  return copy as Omit<AssessmentDocument, 'updatedAt' | 'revision'>;
}

/** Merges mine and theirs over base; conflicting fields take theirs (mine waits in the conflicts). */
export function mergeDocuments(
  base: AssessmentDocument,
  mine: AssessmentDocument,
  theirs: AssessmentDocument,
): { document: AssessmentDocument; conflicts: MergeConflict[] } {
  const { merged, conflicts } = mergeThreeWay(withoutStamps(base), withoutStamps(mine), withoutStamps(theirs), 'theirs');
  return { document: { ...merged, updatedAt: theirs.updatedAt, revision: theirs.revision } as AssessmentDocument, conflicts };
}

/** The version on disk this window works on, and the pending choice. */
export class DiskState {
  /** The revision on disk the next save is based on (from the open, then from each save or merge). */
  revision = 0;
  /** The version on disk at that revision: the base of a three-way merge. */
  base: AssessmentDocument | null = null;
  choice: PendingChoice | null = null;
  /** Whether the choice is shown (Escape hides it; the notice stays until the user chooses). */
  choiceShown = false;
  notice: DiskNotice | null = null;

  constructor() {
    makeAutoObservable(this, { base: false, revision: false, choice: observableRef });
  }

  /** A document was opened (or reloaded) at this revision. */
  loaded(document: AssessmentDocument, revision: number, choice: PendingChoice | null = null): void {
    this.base = document;
    this.revision = revision;
    this.choice = choice;
    this.choiceShown = choice !== null;
  }

  /** A save on this window's base succeeded. */
  saved(snapshot: AssessmentDocument, updatedAt: string, revision: number): void {
    this.revision = revision;
    this.base = { ...snapshot, updatedAt, revision };
  }

  /**
   * Another writer saved first: merges this window's document with theirs (at `revision`) and
   * takes theirs as the new base. Both-sided changes join the pending choice (a newer one replaces
   * an older one of the same field); pending fields the other side changed again show the newer value.
   */
  merge(mine: AssessmentDocument, theirs: AssessmentDocument, revision: number): { document: AssessmentDocument; conflicts: number } {
    const { document, conflicts } = mergeDocuments(this.base ?? theirs, mine, theirs);
    this.base = theirs;
    this.revision = revision;
    this.addConflicts(conflicts, theirs);
    return { document, conflicts: conflicts.length };
  }

  /** The other version is at the same revision now, with no local edits: it is the new base; the pending choice stays. */
  rebased(document: AssessmentDocument, revision: number): void {
    this.base = document;
    this.revision = revision;
    this.addConflicts([], document);
  }

  /**
   * Adds both-sided changes to the pending choice (a newer one replaces an older one of the same
   * field); pending fields that `theirs` changed again show its newer value, and drop out where it now equals mine.
   */
  addConflicts(conflicts: readonly MergeConflict[], theirs: AssessmentDocument): void {
    const paths = new Set(conflicts.map((c) => c.path));
    const kept = (this.choice?.conflicts ?? [])
      .filter((c) => !paths.has(c.path))
      .map((c) => ({ ...c, theirs: valueAtPath(theirs, c.path) }))
      .filter((c) => !jsonEqual(c.mine, c.theirs));
    const all = [...kept, ...conflicts];
    if (all.length === 0) {
      this.choice = null;
      return;
    }
    this.choice = { conflicts: all, theirsSavedAt: conflicts.length > 0 ? theirs.updatedAt : (this.choice?.theirsSavedAt ?? null) };
    if (conflicts.length > 0) this.choiceShown = true;
  }

  /** Escape or "decide later": the choice hides, its notice stays. */
  later(): void {
    this.choiceShown = false;
  }

  show(): void {
    if (this.choice) this.choiceShown = true;
  }

  tell(notice: DiskNotice | null): void {
    this.notice = notice;
  }

  /** Takes the pending choice away; the caller puts the chosen values in the document. */
  take(): PendingChoice | null {
    const choice = this.choice;
    this.choice = null;
    this.choiceShown = false;
    return choice;
  }
}

/**
 * Puts the chosen values in a document, in place: "mine" puts this window's value back; "theirs"
 * keeps what the document holds (the other value, or a newer one). Fields whose item is gone are skipped.
 */
export function applyChoices(document: AssessmentDocument, conflicts: readonly MergeConflict[], choices: Record<string, Side>): void {
  for (const conflict of conflicts) {
    if (choices[conflict.path] === 'mine') setAtPath(document, conflict.path, structuredClone(conflict.mine));
  }
}
