import { observer } from 'mobx-react-lite';
import type { ReactNode } from 'react';
import { useTranslation } from '../../i18n';
import {
  amountText,
  costsText,
  directionText,
  feasibilityLines,
  groupName,
  riskLines,
  robustnessText,
  signed,
  whereText,
  whoText,
} from '../../../shared/analysis/effect-text';
import { distribution } from '../../../shared/analysis/groups';
import { policyOptions, preferredOption, relativeScores, sideBySide, zeroOption } from '../../../shared/analysis/options';
import { robustness } from '../../../shared/analysis/robustness';
import { dimensionOf, dimensions, themeOf } from '../../../shared/framework/framework';
import type { AssessmentDocument, Effect, PolicyOption } from '../../../shared/model/document';
import { ScrollRegion } from '../../components/scroll-region';
import { useStore } from '../../stores/context';
import { snapshot } from '../../stores/snapshot';
import { useLang } from '../use-lang';
import { EFFECT_LIMIT } from '../../../shared/report/effect-limits';

type T = ReturnType<typeof useTranslation>['t'];

/**
 * The document with a plain copy of its effects (renderer/stores/snapshot.ts, kept and made again only after an edit):
 * the overview's analyses read every effect, and reading 10,000 observable effects through MobX took most of its time.
 */
export function withPlainEffects(doc: AssessmentDocument): AssessmentDocument {
  return { ...doc, preparation: { ...doc.preparation, effects: snapshot(doc.preparation.effects) as Effect[] } };
}

/**
 * Effects shown in one cell of the overview: the report's limit per option and theme (a document with
 * thousands of effects made a table no one can read, or lay out).
 */
export const CELL_LIMIT = EFFECT_LIMIT;

function Entries({
  doc,
  effects,
  t,
  lang,
  reference,
}: {
  doc: AssessmentDocument;
  effects: Effect[];
  t: T;
  lang: 'nl' | 'en';
  reference?: boolean;
}) {
  if (effects.length === 0) return <>—</>;
  const left = effects.length - CELL_LIMIT;
  return (
    <ul className="cell-list">
      {left > 0 ? <li className="hint">{t('scale.cellLimited', { limit: CELL_LIMIT, left })}</li> : null}
      {effects.slice(0, CELL_LIMIT).map((e) => {
        const tone = (e.direction ?? 0) > 0 ? 'positive' : (e.direction ?? 0) < 0 ? 'negative' : 'neutral';
        const amount = amountText(e, t, lang);
        return (
          <li key={e.id}>
            <strong className={`tone-${tone}`}>{directionText(e, t)}</strong>
            {reference ? (
              e.rationale.trim() ? (
                <div>{e.rationale}</div>
              ) : null
            ) : (
              <>
                <div>{whereText(e.where, t)}</div>
                <div>{whoText(doc, e, t)}</div>
                {amount ? <div className="hint">{amount}</div> : null}
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}

const Lines = ({ items, none }: { items: string[]; none: string }): ReactNode =>
  items.length ? (
    <ul className="cell-list">
      {items.map((x) => (
        <li key={x}>{x}</li>
      ))}
    </ul>
  ) : (
    none
  );

/**
 * The overview's decision table: the preference and why, its robustness, options side by side per theme against the
 * zero option, costs, feasibility, risks and who gains or loses.
 */
export const SideBySide = observer(function SideBySide() {
  const { t } = useTranslation();
  const lang = useLang();
  const doc = withPlainEffects(useStore().assessment.document!);
  const zero = zeroOption(doc);
  const options = policyOptions(doc);
  const preferred = preferredOption(doc);
  const rows = sideBySide(doc);
  const groups = distribution(doc);
  const cols = options.length + (zero ? 2 : 1);
  return (
    <>
      <section aria-labelledby="preferred-title">
        <h2 id="preferred-title">{t('tradeoff.review.preferred')}</h2>
        <p>
          <strong>{preferred?.name ?? '—'}</strong>
        </p>
        <p>
          <span className="visually-hidden">{t('tradeoff.review.why')}: </span>
          {doc.preparation.preferredReason.trim() || t('tradeoff.review.noReason')}
        </p>
        <h3>{t('tradeoff.review.robustness')}</h3>
        <p className="robustness">{robustnessText(doc, robustness(doc), t, lang)}</p>
      </section>

      <section aria-labelledby="side-title">
        <h2 id="side-title">{t('tradeoff.review.sideBySide')}</h2>
        <p className="hint">{t('tradeoff.review.sideBySideHint')}</p>
        <ScrollRegion label={t('tradeoff.review.sideBySide')}>
          <table className="comparison side-by-side">
            <thead>
              <tr>
                <th scope="col">{t('tradeoff.review.theme')}</th>
                {zero ? <th scope="col">{t('tradeoff.review.reference', { option: zero.name })}</th> : null}
                {options.map((o) => (
                  <th scope="col" key={o.id}>
                    {o.name}
                  </th>
                ))}
              </tr>
            </thead>
            {dimensions.map((dim) => {
              const dimRows = rows.filter((r) => dimensionOf(r.theme) === dim.id);
              return (
                <tbody key={dim.id}>
                  <tr className="dimension-row">
                    <th scope="rowgroup" colSpan={cols}>
                      {dim.name[lang]}
                    </th>
                  </tr>
                  {dimRows.map((r) => (
                    <tr key={r.theme}>
                      <th scope="row">{themeOf(r.theme).name[lang]}</th>
                      {zero ? (
                        <td className="reference">
                          <Entries doc={doc} effects={r.reference} t={t} lang={lang} reference />
                        </td>
                      ) : null}
                      {r.cells.map((c) => (
                        <td key={c.optionId}>
                          <Entries doc={doc} effects={c.effects} t={t} lang={lang} />
                        </td>
                      ))}
                    </tr>
                  ))}
                  <tr className="dimension-score">
                    <th scope="row">{t('tradeoff.report.dimensions')}</th>
                    {zero ? <td className="reference">{t('tradeoff.review.referenceCell')}</td> : null}
                    {options.map((o) => {
                      const s = relativeScores(doc, o.id).find((x) => x.dimension === dim.id)!;
                      return (
                        <td key={o.id}>
                          {s.min === null ? (
                            t('tradeoff.review.noEffects')
                          ) : (
                            <>
                              <div>{t('tradeoff.review.counts', { plus: s.plus, minus: s.minus, zero: s.zero })}</div>
                              <div>{t('tradeoff.review.range', { min: signed(s.min), max: signed(s.max!) })}</div>
                            </>
                          )}
                        </td>
                      );
                    })}
                  </tr>
                </tbody>
              );
            })}
            <tbody>
              {(
                [
                  ['costs', (o: PolicyOption) => [costsText(o, t, lang)]],
                  ['feasibility', (o: PolicyOption) => feasibilityLines(o, t)],
                  ['risks', (o: PolicyOption) => riskLines(o, t)],
                ] as const
              ).map(([key, lines]) => (
                <tr key={key}>
                  <th scope="row">{t(`tradeoff.review.${key}`)}</th>
                  {zero ? (
                    <td className="reference">
                      <Lines items={lines(zero)} none="—" />
                    </td>
                  ) : null}
                  {options.map((o) => (
                    <td key={o.id}>
                      <Lines items={lines(o)} none={t('tradeoff.costs.none')} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </section>

      <section aria-labelledby="groups-title">
        <h2 id="groups-title">{t('tradeoff.review.distribution')}</h2>
        {groups.length === 0 ? (
          <p>{t('tradeoff.review.noGroup')}</p>
        ) : (
          <ScrollRegion label={t('tradeoff.review.distribution')}>
            <table className="comparison">
              <thead>
                <tr>
                  <th scope="col">{t('tradeoff.review.group')}</th>
                  {options.map((o) => (
                    <th scope="col" key={o.id}>
                      {o.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {groups.map((g) => (
                  <tr key={g.group}>
                    <th scope="row">{groupName(doc, g.group, t)}</th>
                    {g.cells.map((c) => (
                      <td key={c.optionId}>
                        {c.gains + c.loses ? t('tradeoff.review.gainsLoses', { gains: c.gains, loses: c.loses }) : '—'}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </section>
    </>
  );
});
