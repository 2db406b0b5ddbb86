import { observer } from 'mobx-react-lite';
import { useTranslation } from '../../i18n';
import { tradeoffs } from '../../../shared/analysis/tradeoffs';
import { themeOf } from '../../../shared/framework/framework';
import { useStore } from '../../stores/context';
import { useLang } from '../use-lang';
import { TransitionButton } from '../phase-gate';
import { SideBySide, withPlainEffects } from './side-by-side';
import { SpilloverMatrix } from './spillover-matrix';

/** Step 9: the preference and its robustness, options side by side against the zero option, trade-offs, the cross-domain matrix. */
export const ReviewStep = observer(function ReviewStep() {
  const { t } = useTranslation();
  const lang = useLang();
  const doc = withPlainEffects(useStore().assessment.document!);
  const p = doc.preparation;
  const trade = tradeoffs(doc);
  const optionName = (id: string) => p.options.find((o) => o.id === id)?.name ?? id;
  return (
    <div className="review">
      <SideBySide />

      <section aria-labelledby="tradeoffs-title">
        <h2 id="tradeoffs-title">{t('review.tradeoffs')}</h2>
        {trade.betweenOptions.length === 0 && trade.negativeSpillovers.length === 0 ? <p>{t('review.noTradeoffs')}</p> : null}
        <ul>
          {trade.betweenOptions.map((c) => (
            <li key={c.theme}>
              {t('review.conflict', {
                theme: themeOf(c.theme).name[lang],
                helping: c.helping.map(optionName).join(', '),
                hurting: c.hurting.map(optionName).join(', '),
              })}
            </li>
          ))}
          {trade.negativeSpillovers.map((s) => (
            <li key={s.id}>
              <span aria-hidden="true">▼ </span>
              {t('review.negativeSpillover', { from: themeOf(s.from).name[lang], to: themeOf(s.to).name[lang], strength: s.strength })}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="matrix-title">
        <h2 id="matrix-title">{t('review.matrix')}</h2>
        <SpilloverMatrix />
      </section>

      {doc.context.phase === 'preparation' ? (
        <div className="phase-gate">
          <p>{t('transition.implementationIntro')}</p>
          <TransitionButton phase="implementation" />
        </div>
      ) : null}
    </div>
  );
});
