/** The overview's section of the report: options side by side against the zero option, costs, feasibility, risks, groups, preference. */
import type { AssessmentDocument } from '../../model/document';
import type { Block } from '../../report/blocks';
import type { Lang } from '../../report/format';
import { sideBySideBlocks } from '../../report/tradeoff-blocks';

export function reviewReport(doc: AssessmentDocument, lang: Lang): Block[] {
  return sideBySideBlocks(doc, lang);
}
