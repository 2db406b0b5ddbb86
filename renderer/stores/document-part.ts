/**
 * The document part of the stores: the open assessment (its edits, autosave, undo, crash journal,
 * disk sync and live analysis) and its kept versions. A chunk of its own, so the start screen's
 * chunk has none of it: root-store.ts loads it before a document view renders (app.tsx), and
 * fetches it ahead once the start screen is usable (boot.tsx).
 */
export { AssessmentStore } from './assessment-store';
export { VersionsStore } from '../history/versions-store';
