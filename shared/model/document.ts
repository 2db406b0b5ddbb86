import { z } from 'zod';

/** The schema version this build writes. */
export const SCHEMA_VERSION = 1;

/**
 * Document ids name files in the workspace: a strict alphabet keeps them from ever
 * being a path ("../x", "a/b", "con").
 */
export const DocumentId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{2,63}$/, 'Ongeldige document-id (alleen a-z, 0-9 en -, 3 tot 64 tekens)');

/** The phase of the policy cycle a document is in. */
export const Phase = z.enum(['preparation', 'implementation', 'evaluation']);
export type Phase = z.infer<typeof Phase>;

/** ISO-8601 timestamp. */
export const Timestamp = z.iso.datetime({ offset: true });

/** The context block of an assessment. */
export const Context = z.object({
  title: z.string().max(300),
  organisation: z.string().max(300).default(''),
  phase: Phase.default('preparation'),
  language: z.enum(['nl', 'en']).default('nl'),
});

/** An assessment document (minimal form; the full model grows from here). */
export const AssessmentDocument = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: DocumentId,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  context: Context,
});
export type AssessmentDocument = z.infer<typeof AssessmentDocument>;

/** What the workspace list shows of a document. */
export const DocumentSummary = z.object({
  id: DocumentId,
  title: z.string(),
  phase: Phase,
  updatedAt: Timestamp,
});
export type DocumentSummary = z.infer<typeof DocumentSummary>;
