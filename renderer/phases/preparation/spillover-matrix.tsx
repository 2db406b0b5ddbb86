import { observer } from 'mobx-react-lite';
import { useTranslation } from '../../i18n';
import { THEME_IDS, themeOf } from '../../../shared/framework/framework';
import { ScrollRegion } from '../../components/scroll-region';
import { useStore } from '../../stores/context';
import { useLang } from '../use-lang';

/**
 * The cross-domain matrix as a heat map: a real table (rows: from, columns: to), each cell with
 * its signed value in text and a symbol, so colour is never the only cue.
 */
export const SpilloverMatrix = observer(function SpilloverMatrix() {
  const { t } = useTranslation();
  const lang = useLang();
  const spillovers = useStore().assessment.document!.preparation.spillovers;
  const used = THEME_IDS.filter((id) => spillovers.some((s) => s.from === id || s.to === id));
  if (used.length === 0) return null;
  const value = (from: string, to: string) =>
    spillovers
      .filter((s) => s.from === from && s.to === to)
      .reduce((sum, s) => sum + (s.sign === 'negative' ? -s.strength : s.strength), 0);
  return (
    <ScrollRegion label={t('fields.matrixCaption')}>
      <table className="matrix">
        <caption>{t('fields.matrixCaption')}</caption>
        <thead>
          <tr>
            <td />
            {used.map((id) => (
              <th scope="col" key={id}>
                {themeOf(id).name[lang]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {used.map((from) => (
            <tr key={from}>
              <th scope="row">{themeOf(from).name[lang]}</th>
              {used.map((to) => {
                const v = value(from, to);
                const cls = v > 0 ? `pos-${Math.min(v, 3)}` : v < 0 ? `neg-${Math.min(-v, 3)}` : 'zero';
                return (
                  <td key={to} className={`cell ${cls}`}>
                    {v === 0 ? '' : v > 0 ? `▲ +${v}` : `▼ −${-v}`}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
});
