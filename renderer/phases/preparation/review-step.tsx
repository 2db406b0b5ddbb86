import { observer } from 'mobx-react-lite';
import { useTranslation } from '../../i18n';
import { tradeoffs } from '../../../shared/analysis/tradeoffs';
import { divergingBars } from '../../../shared/charts/diverging-bars';
import { effectProfile } from '../../../shared/charts/profile';
import { dimensionOf, dimensions, themeOf } from '../../../shared/framework/framework';
import { ChartSvg } from '../../charts/chart-svg';
import { ScrollRegion } from '../../components/scroll-region';
import { useStore } from '../../stores/context';
import { useLang } from '../use-lang';
import { TransitionButton } from '../phase-gate';
import { SpilloverMatrix } from './spillover-matrix';

const fmt = (lang: 'nl' | 'en') => (v: number) =>
  `${v > 0 ? '+' : v < 0 ? '−' : ''}${Math.abs(v).toFixed(1)}`.replace('.', lang === 'nl' ? ',' : '.');

/** Step 9: the effect profile per option, the cross-domain matrix, options side by side, trade-offs. */
export const ReviewStep = observer(function ReviewStep() {
  const { t } = useTranslation();
  const lang = useLang();
  const doc = useStore().assessment.document!;
  const p = doc.preparation;
  const trade = tradeoffs(doc);
  const optionName = (id: string) => p.options.find((o) => o.id === id)?.name ?? id;
  return (
    <div className="review">
      <section aria-labelledby="profile-title">
        <h2 id="profile-title">{t('review.profile')}</h2>
        <p className="hint">{t('review.profileCaption')}</p>
        <div className="profiles">
          {p.options.map((o) => {
            const profile = effectProfile(
              p.effects
                .filter((e) => e.optionId === o.id)
                .map((e) => ({ theme: e.theme, dimension: dimensionOf(e.theme), direction: e.direction })),
            );
            const rows = profile.map((d) => ({ label: dimensions.find((x) => x.id === d.dimension)!.name[lang], value: d.mean }));
            const chart = divergingBars(rows, { width: 360, rowHeight: 28, labelWidth: 100, min: -2, max: 2, format: fmt(lang) });
            return (
              <figure key={o.id} className="profile">
                <figcaption>{o.name}</figcaption>
                <ChartSvg chart={chart} title={`${t('review.profile')}: ${o.name}`} />
                <table className="small-table">
                  <caption className="visually-hidden">{`${t('review.profileAlt')}: ${o.name}`}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('review.dimension')}</th>
                      <th scope="col">{t('review.mean')}</th>
                      <th scope="col">{t('review.counts')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {profile.map((d, i) => (
                      <tr key={d.dimension}>
                        <th scope="row">{rows[i]!.label}</th>
                        <td>{d.mean === null ? t('review.noValue') : fmt(lang)(d.mean)}</td>
                        <td>
                          {d.positive} / {d.negative} / {d.neutral}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </figure>
            );
          })}
        </div>
      </section>

      <section aria-labelledby="comparison-title">
        <h2 id="comparison-title">{t('review.comparison')}</h2>
        <ScrollRegion label={t('review.comparison')}>
          <table className="comparison">
            <thead>
              <tr>
                <th scope="col">{t('review.option')}</th>
                <th scope="col">{t('review.helps')}</th>
                <th scope="col">{t('review.hurts')}</th>
                <th scope="col">{t('review.gainers')}</th>
                <th scope="col">{t('review.losers')}</th>
              </tr>
            </thead>
            <tbody>
              {p.options.map((o) => {
                const effects = p.effects.filter((e) => e.optionId === o.id && e.direction !== null);
                const names = (sign: 1 | -1) =>
                  effects
                    .filter((e) => Math.sign(e.direction!) === sign)
                    .map((e) => `${themeOf(e.theme).name[lang]} (${e.direction! > 0 ? '+' : '−'}${Math.abs(e.direction!)})`)
                    .join(', ') || t('review.noValue');
                const texts = (key: 'gains' | 'loses') => {
                  const items = [...new Set(effects.map((e) => e[key].trim()).filter(Boolean))];
                  return items.length === 0 ? (
                    t('review.noValue')
                  ) : (
                    <ul className="cell-list">
                      {items.map((x) => (
                        <li key={x}>{x}</li>
                      ))}
                    </ul>
                  );
                };
                return (
                  <tr key={o.id}>
                    <th scope="row">{o.name}</th>
                    <td>{names(1)}</td>
                    <td>{names(-1)}</td>
                    <td>{texts('gains')}</td>
                    <td>{texts('loses')}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollRegion>
      </section>

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
