import { observer } from 'mobx-react-lite';
import { useTranslation } from '../../i18n';
import { isMeasuredList, nextList, stepLabel, type TocList } from '../../../shared/analysis/toc';
import { themeOf } from '../../../shared/framework/framework';
import type { AssessmentDocument, ChangeStep } from '../../../shared/model/document';
import { TextAreaField, fieldId } from '../../components/fields';
import { LazyDetails } from '../../components/lazy-details';
import { LongChecks } from '../../components/long-checks';
import { useStore } from '../../stores/context';
import { snapshot } from '../../stores/snapshot';
import { useLang } from '../use-lang';

const clip = (s: string, n = 70) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** The step in the draft document being edited. */
function stepIn(d: AssessmentDocument, list: TocList, id: string): ChangeStep | undefined {
  return d.preparation.theoryOfChange[list].find((s) => s.id === id);
}

/** Adds or removes an id in one of a step's id lists. */
const toggled = (ids: readonly string[] | undefined, id: string, on: boolean) => [
  ...(ids ?? []).filter((x) => x !== id),
  ...(on ? [id] : []),
];

/**
 * A step's links: the steps of the next list it leads to (each with its assumption and the
 * evidence for it), and for outcomes and impacts, in a fold, the indicators and perceived outcomes
 * that would show them; an outcome also lists the effects that belong to it.
 */
export const StepLinks = observer(function StepLinks(props: { list: TocList; step: ChangeStep; name: string; frozen: boolean }) {
  const { t } = useTranslation();
  const { assessment } = useStore();
  const p = assessment.document!.preparation;
  const { list, step, name, frozen } = props;
  const next = nextList(list);
  const edit = (key: string, fn: (s: ChangeStep, d: AssessmentDocument) => void) =>
    assessment.edit(`${step.id}.${key}`, (d) => {
      const s = stepIn(d, list, step.id);
      if (s) fn(s, d);
    });
  const links = step.links ?? [];
  const targets = next ? p.theoryOfChange[next] : [];
  const label = (s: ChangeStep, i: number, l: TocList) => clip(stepLabel(s, t('toc.untitled', { list: t(`fields.${l}`), n: i + 1 })));
  return (
    <>
      {next ? (
        <LongChecks
          of={name}
          id={fieldId('links', step.id)}
          legend={t('toc.leadsTo', { step: name, list: t(`fields.${next}`) })}
          empty={t('toc.noneToLink', { list: t(`fields.${next}`).toLowerCase() })}
          disabled={frozen}
          items={targets.map((s, i) => ({ id: s.id, label: label(s, i, next), checked: links.some((l) => l.to === s.id) }))}
          onToggle={(to, on) =>
            edit('links', (s) => {
              const rest = (s.links ?? []).filter((l) => l.to !== to);
              s.links = on ? [...rest, { to, assumption: '', evidence: '' }] : rest;
            })
          }
        />
      ) : null}
      {next
        ? targets.flatMap((target, i) => {
            const link = links.find((l) => l.to === target.id);
            if (!link) return [];
            const names = { from: name, to: label(target, i, next) };
            if (frozen)
              return [
                <p key={target.id} className="wide" id={fieldId(`links-${target.id}-evidence`, step.id)}>
                  <strong>{t('toc.linkAssumption', names)}:</strong> {link.assumption || '—'}
                  <br />
                  <strong>{t('toc.evidence')}:</strong> {link.evidence || '—'}
                </p>,
              ];
            const set = (key: 'assumption' | 'evidence') => (d: AssessmentDocument, v: string) => {
              const l = stepIn(d, list, step.id)?.links?.find((x) => x.to === target.id);
              if (l) l[key] = v;
            };
            return [
              <TextAreaField
                key={`${target.id}-a`}
                label={t('toc.linkAssumption', names)}
                field={`links-${target.id}-assumption`}
                itemId={step.id}
                rows={2}
                value={link.assumption}
                onChange={set('assumption')}
              />,
              <TextAreaField
                key={`${target.id}-e`}
                label={t('toc.linkEvidence', names)}
                field={`links-${target.id}-evidence`}
                itemId={step.id}
                rows={2}
                value={link.evidence}
                onChange={set('evidence')}
              />,
            ];
          })
        : null}
      {isMeasuredList(list) ? <MeasuredFold list={list} step={step} name={name} frozen={frozen} /> : null}
    </>
  );
});

/**
 * What would show that an outcome or impact happened (indicators, perceived outcomes, an outcome's effects), in a fold
 * that is made only when opened: a large document has hundreds of boxes here. The summary says how many are ticked; a
 * finding that points at one of the lists opens it.
 */
const MeasuredFold = observer(function MeasuredFold(props: { list: TocList; step: ChangeStep; name: string; frozen: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { assessment } = useStore();
  const p = assessment.document!.preparation;
  const { list, step, name, frozen } = props;
  const outcome = list === 'outcomes';
  const ids = ['indicatorIds', 'perceivedOutcomeIds', ...(outcome ? ['effects'] : [])].map((f) => fieldId(f, step.id));
  const edit = (key: string, fn: (s: ChangeStep) => void) =>
    assessment.edit(`${step.id}.${key}`, (d) => {
      const s = stepIn(d, list, step.id);
      if (s) fn(s);
    });
  const count = (step.indicatorIds?.length ?? 0) + (step.perceivedOutcomeIds?.length ?? 0) + (outcome ? effectsAt(p, step.id) : 0);
  return (
    <LazyDetails
      itemId={step.id}
      id={`s-${step.id}-measured`}
      holds={ids}
      className="toc-measured"
      summary={
        <>
          {t(outcome ? 'stepFolds.tocMeasured' : 'stepFolds.tocMeasuredImpact', { step: name })}
          <span className={count ? 'fold-state filled' : 'fold-state'}>
            {' '}
            — {count ? t('stepFolds.linked', { count }) : t('stepFolds.noneLinked')}
          </span>
        </>
      }
    >
      {() => {
        const indicatorIds = new Set(step.indicatorIds);
        const perceivedIds = new Set(step.perceivedOutcomeIds);
        return (
          <>
            <LongChecks
              of={name}
              id={ids[0]!}
              legend={t('toc.indicators', { step: name })}
              empty={t('toc.noIndicators')}
              disabled={frozen}
              items={snapshot(p.indicators).map((x) => ({ id: x.id, label: x.name || x.id, checked: indicatorIds.has(x.id) }))}
              onToggle={(id, on) => edit('indicatorIds', (s) => void (s.indicatorIds = toggled(s.indicatorIds, id, on)))}
            />
            <LongChecks
              of={name}
              id={ids[1]!}
              legend={t('toc.perceived', { step: name })}
              empty={t('toc.noPerceived')}
              disabled={frozen}
              items={snapshot(p.perceivedOutcomes).map((x) => ({
                id: x.id,
                label: () => clip(x.description.trim() || x.id),
                checked: perceivedIds.has(x.id),
              }))}
              onToggle={(id, on) =>
                edit('perceivedOutcomeIds', (s) => void (s.perceivedOutcomeIds = toggled(s.perceivedOutcomeIds, id, on)))
              }
            />
            {outcome ? <OutcomeEffects step={step} name={name} frozen={frozen} lang={lang} /> : null}
          </>
        );
      }}
    </LazyDetails>
  );
});

/** The effects an outcome's list offers: the preferred option's (every policy option's while none is preferred). */
function offeredEffects(p: AssessmentDocument['preparation']) {
  const preferred = p.preferredOptionId;
  // Plain copies (renderer/stores/snapshot.ts): one dependency instead of thousands of observed fields.
  const zeroIds = new Set(p.options.filter((o) => o.isZeroOption).map((o) => o.id));
  return snapshot(p.effects).filter((e) => (preferred ? e.optionId === preferred : !zeroIds.has(e.optionId)));
}

/** How many of those effects an outcome holds. */
const effectsAt = (p: AssessmentDocument['preparation'], outcomeId: string) =>
  offeredEffects(p).filter((e) => e.outcomeId === outcomeId).length;

/** The effects that belong to an outcome: the preferred option's (every policy option's while none is preferred). */
const OutcomeEffects = observer(function OutcomeEffects(props: { step: ChangeStep; name: string; frozen: boolean; lang: 'nl' | 'en' }) {
  const { t } = useTranslation();
  const { assessment } = useStore();
  const doc = assessment.document!;
  const p = doc.preparation;
  const { step, name, frozen, lang } = props;
  const preferred = p.preferredOptionId;
  const effects = offeredEffects(p);
  const outcomeName = (id: string) => {
    const i = p.theoryOfChange.outcomes.findIndex((o) => o.id === id);
    const o = p.theoryOfChange.outcomes[i];
    return o ? clip(stepLabel(o, t('toc.untitled', { list: t('fields.outcomes'), n: i + 1 })), 40) : id;
  };
  const optionName = (id: string) => p.options.find((o) => o.id === id)?.name ?? '';
  return (
    <LongChecks
      of={name}
      id={fieldId('effects', step.id)}
      legend={t('toc.effects', { step: name })}
      empty={t('toc.noEffects')}
      disabled={frozen}
      items={effects.map((e) => ({
        id: e.id,
        // Made for the effects shown (or searched) only: a large document has thousands.
        label: () => {
          const words = clip(e.rationale.trim() || e.gains.trim() || e.size.trim(), 50);
          const elsewhere = e.outcomeId && e.outcomeId !== step.id ? ` (${t('toc.effectAt', { outcome: outcomeName(e.outcomeId) })})` : '';
          const direction = e.direction === null ? '' : ` ${t(`enums.direction.${e.direction}`)}`;
          const option = preferred ? '' : ` — ${optionName(e.optionId)}`;
          return `${themeOf(e.theme).name[lang]}${direction}${words ? `: ${words}` : ''}${option}${elsewhere}`;
        },
        checked: e.outcomeId === step.id,
      }))}
      onToggle={(id, on) =>
        assessment.edit(`${step.id}.effects`, (d) => {
          const e = d.preparation.effects.find((x) => x.id === id);
          if (e) e.outcomeId = on ? step.id : null;
        })
      }
    />
  );
});
