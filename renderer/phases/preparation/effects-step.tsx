import { observer } from 'mobx-react-lite';
import { useTranslation } from '../../i18n';
import { dimensions, themes } from '../../../shared/framework/framework';
import type { ThemeId } from '../../../shared/framework/types';
import { DURATIONS, WHERES } from '../../../shared/model/choices';
import type { AssessmentDocument, Effect } from '../../../shared/model/document';
import { emptyEffect } from '../../../shared/model/items';
import { SelectField, TextAreaField } from '../../components/fields';
import { LazyDetails } from '../../components/lazy-details';
import { RemoveButton } from '../../components/remove-button';
import { usePage } from '../../components/pager';
import { PlainSelect } from '../../components/plain-select';
import { useStore } from '../../stores/context';
import { choices, newItemId } from '../options';
import { useLang } from '../use-lang';
import { EffectDetails } from './effect-details';
import { firstId, gridRows } from './effects-rows';
import { OwnGroups } from './own-groups';

/** The entry with this id, created (as the theme's first entry) on first edit. */
function entryAt(d: AssessmentDocument, id: string, optionId: string, theme: ThemeId): Effect {
  const found = d.preparation.effects.find((e) => e.id === id);
  if (found) return found;
  d.preparation.effects.push(emptyEffect(id, optionId, theme));
  return d.preparation.effects.at(-1)!;
}

const CELLS = ['direction', 'confidence', 'lag', 'level', 'scale', 'where', 'duration'] as const;
const ZERO_CELLS = ['direction', 'confidence'] as const;
type Cell = (typeof CELLS)[number];

interface RowProps {
  optionId: string;
  theme: ThemeId;
  effect?: Effect;
  n: number;
  last: boolean;
  zero: boolean;
}

const EffectRow = observer(function EffectRow({ optionId, theme, effect, n, last, zero }: RowProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const { assessment, wizard } = useStore();
  const id = effect?.id ?? firstId(optionId, theme);
  const themeName = themes.find((x) => x.id === theme)!.name[lang];
  const name = n === 1 ? themeName : t('tradeoff.fields.entry', { theme: themeName, n });
  const opts = {
    ...choices(t, lang),
    where: WHERES.map((w) => ({ value: w, label: t(`tradeoff.where.${w}`) })),
    duration: DURATIONS.map((v) => ({ value: v, label: t(`tradeoff.duration.${v}`) })),
  };
  const at = (d: AssessmentDocument) => entryAt(d, id, optionId, theme);
  const negative = (effect?.direction ?? 0) < 0;
  const cell = (c: Cell) => (
    <td key={c}>
      <SelectField
        label={t('fields.cellLabel', { field: t(c === 'where' || c === 'duration' ? `tradeoff.fields.${c}` : `fields.${c}`), theme: name })}
        hiddenLabel
        field={c}
        itemId={id}
        allowEmpty={c !== 'where'}
        value={(effect?.[c] ?? (c === 'where' ? 'area' : null)) as string | number | null}
        options={opts[c] as { value: string | number; label: string }[]}
        onChange={(d, v) => void ((at(d) as Record<string, unknown>)[c] = c === 'where' ? (v ?? 'area') : v)}
      />
    </td>
  );
  if (zero) {
    return (
      <tr className={negative ? 'negative-row' : undefined}>
        <th scope="row">{name}</th>
        {ZERO_CELLS.map(cell)}
        <td>
          <TextAreaField
            label={t('tradeoff.fields.development', { theme: name })}
            hiddenLabel
            field="rationale"
            itemId={id}
            rows={2}
            value={effect?.rationale ?? ''}
            onChange={(d, v) => void (at(d).rationale = v)}
          />
        </td>
      </tr>
    );
  }
  const add = () => {
    const next = newItemId('eff');
    assessment.edit(`add-${next}`, (d) => {
      const from = entryAt(d, id, optionId, theme);
      d.preparation.effects.splice(d.preparation.effects.indexOf(from) + 1, 0, emptyEffect(next, optionId, theme));
    });
    // The grid shows the page the new entry lands on.
    wizard.focusLater(`f-${next}-direction`);
  };
  return (
    <>
      <tr className={negative ? 'negative-row' : undefined}>
        <th scope="row">{name}</th>
        {CELLS.map(cell)}
      </tr>
      <tr className="effect-details-row">
        <td colSpan={CELLS.length + 1}>
          <LazyDetails
            itemId={id}
            summary={t('fields.details', { theme: name })}
            texts={[effect?.gains, effect?.loses, effect?.rationale, effect?.evidence]}
          >
            {() => (
              <>
                <EffectDetails effect={effect} id={id} name={name} at={at} />
                {effect ? (
                  <RemoveButton
                    item={{ kind: 'effect', id }}
                    what={t('a11y.confirm.effect', { name })}
                    label={t('tradeoff.fields.removeEffect', { theme: themeName, n })}
                  />
                ) : null}
              </>
            )}
          </LazyDetails>
          {last && effect ? (
            <button type="button" className="link-button" onClick={add}>
              + {t('tradeoff.fields.addEffect', { theme: themeName })}
            </button>
          ) : null}
        </td>
      </tr>
    </>
  );
});

/** Rows of the grid shown at a time, across themes: a document with 10,000 effects has thousands per option. */
export const EFFECTS_PAGE_SIZE = 40;

/**
 * The grid of one option, a page of rows at a time across every theme (a dimension's heading on each page that holds
 * its rows). A field pointed at (a finding, a new entry) shows its page.
 */
const EffectsGrid = observer(function EffectsGrid({ option, zero }: { option: { id: string; name: string }; zero: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { assessment } = useStore();
  const columns: readonly string[] = zero ? ZERO_CELLS : CELLS;
  const span = columns.length + (zero ? 2 : 1);
  const rows = gridRows(assessment.document!.preparation.effects, option.id, zero);
  // A field pointed at (a finding, a new entry: wizard.pendingFocus) shows its page before the step focuses it.
  const { visible, pager } = usePage(rows, t('stepFolds.effectsOf', { option: option.name }), EFFECTS_PAGE_SIZE, (r) => r.key);
  return (
    <>
      <div className="table-scroll">
        <table className="effects-grid">
          <caption>
            {t('fields.gridCaption', { option: option.name })}
            {zero ? '' : ` (${t('tradeoff.fields.relative')})`}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('fields.theme')}</th>
              {columns.map((c) => (
                <th scope="col" key={c}>
                  {t(c === 'where' || c === 'duration' ? `tradeoff.fields.${c}` : `fields.${c as 'direction'}`)}
                </th>
              ))}
              {zero ? <th scope="col">{t('tradeoff.fields.developmentColumn')}</th> : null}
            </tr>
          </thead>
          {dimensions
            .filter((dim) => visible.some((r) => r.dimension === dim.id))
            .map((dim) => (
              <tbody key={dim.id} id={`s-${dim.id}`}>
                <tr className="dimension-row">
                  <th scope="rowgroup" colSpan={span}>
                    {dim.name[lang]} <span className="hint">— {dim.description[lang]}</span>
                  </th>
                </tr>
                {visible
                  .filter((r) => r.dimension === dim.id)
                  .map((r) => (
                    <EffectRow key={r.key} optionId={option.id} theme={r.theme} effect={r.effect} n={r.n} last={r.last} zero={zero} />
                  ))}
              </tbody>
            ))}
        </table>
      </div>
      {pager}
    </>
  );
});

/**
 * Step 5: per option, the themes of each dimension. The zero option describes the expected development
 * without new policy; the other options' effects are relative to it, several per theme (where, who, how much).
 */
export const EffectsStep = observer(function EffectsStep() {
  const { t } = useTranslation();
  const { assessment, wizard } = useStore();
  const options = assessment.document!.preparation.options;
  const option = options.find((o) => o.id === wizard.optionId) ?? options[0];
  if (!option) return <p>{t('fields.emptyList')}</p>;
  const zero = option.isZeroOption;
  return (
    <div>
      <PlainSelect
        id="effects-option"
        label={t('fields.optionFor')}
        value={option.id}
        options={options.map((o) => ({ value: o.id, label: o.name }))}
        onChange={(id) => id && wizard.selectOption(id)}
      />
      <p className="hint">{t(zero ? 'tradeoff.fields.zeroIntro' : 'tradeoff.fields.optionIntro')}</p>
      <EffectsGrid key={option.id} option={option} zero={zero} />
      {zero ? null : <OwnGroups />}
    </div>
  );
});
