/**
 * The assessment document: one JSON file carries a policy through preparation, implementation
 * and evaluation, so that what was expected ex ante is the same object that is monitored and
 * evaluated ex post. Items that others refer to (options, effects, indicators, …) have stable ids.
 * The parts are defined per phase (schema-*.ts) and re-exported here.
 */
import { z } from 'zod';
import { DocumentId, Phase, Timestamp } from './schema-base';
import { Context, Preparation } from './schema-preparation';
import { Implementation } from './schema-implementation';
import { Evaluation } from './schema-evaluation';

export * from './schema-base';
export * from './schema-preparation';
export * from './schema-implementation';
export * from './schema-evaluation';

/** The schema version this build writes. */
export const SCHEMA_VERSION = 3;

/** The whole assessment. */
export const AssessmentDocument = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: DocumentId,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  /** Grows with every save; a save based on an older revision is refused (`conflict`). Older files: 0. */
  revision: z.number().int().min(0).optional(),
  context: Context,
  preparation: Preparation.default(() => Preparation.parse({})),
  implementation: Implementation.default(() => Implementation.parse({})),
  evaluation: Evaluation.default(() => Evaluation.parse({})),
});

export type AssessmentDocument = z.infer<typeof AssessmentDocument>;

/** What the workspace list shows of a document. */
export const DocumentSummary = z.object({
  id: DocumentId,
  title: z.string(),
  phase: Phase,
  updatedAt: Timestamp,
  /** Share of required parts filled in the current phase, 0…1. */
  progress: z.number().min(0).max(1),
  /** Where the file is, for a file opened from the system and edited there (none: in the workspace). */
  location: z.string().max(4096).optional(),
});
export type DocumentSummary = z.infer<typeof DocumentSummary>;

/** A new, empty document in the preparation phase, with the proposal and the zero option. */
export function newDocument(id: string, title: string, now: string, language: 'nl' | 'en' = 'nl'): AssessmentDocument {
  return AssessmentDocument.parse({
    schemaVersion: SCHEMA_VERSION,
    id,
    createdAt: now,
    updatedAt: now,
    context: { title, language },
    preparation: {
      options: [
        { id: 'option-proposal', name: language === 'nl' ? 'Voorstel' : 'Proposal', isZeroOption: false },
        { id: 'option-zero', name: language === 'nl' ? 'Nuloptie (niets doen)' : 'Zero option (do nothing)', isZeroOption: true },
      ],
      preferredOptionId: 'option-proposal',
    },
  });
}
