/** The ex-ante support and "other choices" rows the problem and conclusions sections of the report add (issue 18). */
import { plannedPreparation } from '../../analysis/value-for-money';
import type { AssessmentDocument } from '../../model/document';
import { orEmpty, translatorOf, type Lang } from '../../report/format';

/** Support beforehand and what the broad-prosperity lens changed, for the problem section. */
export function supportExAnteRows(p: AssessmentDocument['preparation'], lang: Lang): [string, string][] {
  const t = translatorOf(lang);
  const level = p.supportExAnte ? t(`process.supportLevels.${p.supportExAnte}`) : t('report.empty');
  const reason = p.supportExAnteReason?.trim();
  return [
    [t('process.prep.supportExAnte'), reason ? `${level}. ${reason}` : level],
    [t('process.prep.otherChoicesExAnte'), orEmpty(lang, p.otherChoicesExAnte ?? '')],
  ];
}

/** The ex-ante answer beside the conclusions' "other choices" (as frozen). */
export function otherChoicesExAnteRow(doc: AssessmentDocument, lang: Lang): [string, string][] {
  const t = translatorOf(lang);
  return [[t('process.report.otherChoicesExAnte'), orEmpty(lang, plannedPreparation(doc).otherChoicesExAnte ?? '')]];
}
