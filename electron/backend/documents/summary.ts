import { phaseProgress } from '../../../shared/analysis/progress';
import type { AssessmentDocument, DocumentSummary } from '../../../shared/model/document';

/** The summary the list shows of a document. */
export function summarize(document: AssessmentDocument): DocumentSummary {
  return {
    id: document.id,
    title: document.context.title,
    phase: document.context.phase,
    updatedAt: document.updatedAt,
    progress: Math.round(phaseProgress(document, document.context.phase).share * 100) / 100,
  };
}
