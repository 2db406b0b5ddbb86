import { observer } from 'mobx-react-lite';
import { useTranslation } from '../../i18n';
import { indicatorLimits } from '../../../shared/analysis/limitations';
import { reasonsText } from '../../../shared/analysis/limits-text';
import type { AssessmentDocument, Indicator } from '../../../shared/model/document';
import { TextAreaField } from '../../components/fields';
import { NotQuantifiedField } from '../../components/not-quantified-field';
import { useStore } from '../../stores/context';
import { resultIndexes } from './result-indexes';

/** Marks (or with null unmarks) an indicator's result as not quantified. */
function setMark(d: AssessmentDocument, indicatorId: string, mark: { reason: string } | null) {
  const list = (d.evaluation.notQuantifiedResults ?? []).filter((r) => r.indicatorId !== indicatorId);
  d.evaluation.notQuantifiedResults = mark ? [...list, { indicatorId, reason: mark.reason }] : list;
}

/**
 * A row under a result (issue 18): the caveat when it rests on low-quality data, a changed source or an
 * adjusted indicator, the note where the evaluator states that limitation, and — when there is no
 * final value — "niet gekwantificeerd" with the reason, so an empty result does not read as "no effect".
 */
export const ResultLimits = observer(function ResultLimits({ ind, columns }: { ind: Indicator; columns: number }) {
  const { t } = useTranslation();
  const doc = useStore().assessment.document!;
  const index = resultIndexes(doc);
  const final = index.results.finals.get(ind.id);
  const { reasons } = indicatorLimits(doc, ind, index.limits);
  return (
    <tr className="result-limits-row">
      <td colSpan={columns}>
        <div className="result-limits">
          {reasons.length ? (
            <p className="caveat">
              <span aria-hidden="true">⚠ </span>
              {t('limits.caveat', { reasons: reasonsText(reasons, t) })}
            </p>
          ) : null}
          {final ? (
            <TextAreaField
              label={t('limits.resultNote', { name: ind.name })}
              field="note"
              itemId={ind.id}
              rows={2}
              maxLength={2000}
              value={final.note}
              onChange={(d, v) => {
                const f = d.evaluation.finalValues.find((x) => x.indicatorId === ind.id);
                if (f) f.note = v;
              }}
            />
          ) : (
            <NotQuantifiedField
              itemId={ind.id}
              name={ind.name}
              mark={index.notQuantified.get(ind.id) ?? null}
              set={(d, m) => setMark(d, ind.id, m)}
            />
          )}
        </div>
      </td>
    </tr>
  );
});
