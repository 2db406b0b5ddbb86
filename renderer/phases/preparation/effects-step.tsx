import type { IComputedValue } from 'mobx';
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
import { kept } from '../../components/kept';
import { choices, newItemId } from '../options';
import { useLang } from '../use-lang';
import { EffectDetails } from './effect-details';
import { OwnGroups } from './own-groups';

/** The first entry of an option on a theme has a fixed id and is created on first edit; more entries get their own ids. */
const firstId = (optionId: string, theme: ThemeId) => `eff-${optionId}-${theme}`;

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
  /** Shows the page where an entry added after this one lands. */
  reveal?: () => void;
}

const EffectRow = observer(function EffectRow({ optionId, theme, effect, n, last, zero, reveal }: RowProps) {
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
    reveal?.();
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

/**
 * The effects by option and theme, made once per document and again only when an effect is added or
 * removed or changes option or theme: each theme's rows read it, not all effects (typing does not redo it).
 */
const groups = new WeakMap<readonly Effect[], IComputedValue<Map<string, Effect[]>>>();
function effectsOn(effects: readonly Effect[], optionId: string, theme: ThemeId): readonly Effect[] {
  const byKey = kept(groups, effects, () => {
    const map = new Map<string, Effect[]>();
    for (const e of effects) {
      const key = `${e.optionId}\u0000${e.theme}`;
      const list = map.get(key);
      if (list) list.push(e);
      else map.set(key, [e]);
    }
    return map;
  });
  return byKey.get(`${optionId}\u0000${theme}`) ?? [];
}

/** Entries of one option on one theme shown at a time: a document with 10,000 effects has hundreds per theme. */
export const EFFECTS_PAGE_SIZE = 20;

/** All entries of one option on one theme (paged); an empty first row when there are none yet. */
const ThemeRows = observer(function ThemeRows(props: { optionId: string; theme: ThemeId; zero: boolean; span: number }) {
  const { optionId, theme, zero } = props;
  const { t } = useTranslation();
  const lang = useLang();
  const { assessment } = useStore();
  const entries = effectsOn(assessment.document!.preparation.effects, optionId, theme);
  const list = zero ? entries.slice(0, 1) : entries;
  // The same keys before and after the first edit creates the entry, so the row (and its focus) stays.
  const rows = list.length
    ? list.map((e) => ({ key: e.id, effect: e as Effect | undefined }))
    : [{ key: firstId(optionId, theme), effect: undefined }];
  const themeName = themes.find((x) => x.id === theme)!.name[lang];
  const { visible, pager, start, reveal } = usePage(rows, t('scale.effectsOn', { theme: themeName }), EFFECTS_PAGE_SIZE);
  return (
    <>
      {visible.map((r, i) => (
        <EffectRow
          key={r.key}
          optionId={optionId}
          theme={theme}
          effect={r.effect}
          n={start + i + 1}
          last={start + i === rows.length - 1}
          zero={zero}
          reveal={() => reveal(rows.length)}
        />
      ))}
      {pager ? (
        <tr className="pager-row">
          <td colSpan={props.span}>{pager}</td>
        </tr>
      ) : null}
    </>
  );
});

/**
 * Step 5: per option, the themes of each dimension. The zero option describes the expected development
 * without new policy; the other options' effects are relative to it, several per theme (where, who, how much).
 */
export const EffectsStep = observer(function EffectsStep() {
  const { t } = useTranslation();
  const lang = useLang();
  const { assessment, wizard } = useStore();
  const options = assessment.document!.preparation.options;
  const option = options.find((o) => o.id === wizard.optionId) ?? options[0];
  if (!option) return <p>{t('fields.emptyList')}</p>;
  const zero = option.isZeroOption;
  const columns: readonly string[] = zero ? ZERO_CELLS : CELLS;
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
          {dimensions.map((dim) => (
            <tbody key={dim.id} id={`s-${dim.id}`}>
              <tr className="dimension-row">
                <th scope="rowgroup" colSpan={columns.length + (zero ? 2 : 1)}>
                  {dim.name[lang]} <span className="hint">— {dim.description[lang]}</span>
                </th>
              </tr>
              {themes
                .filter((th) => th.dimension === dim.id)
                .map((th) => (
                  <ThemeRows
                    key={`${option.id}-${th.id}`}
                    optionId={option.id}
                    theme={th.id}
                    zero={zero}
                    span={columns.length + (zero ? 2 : 1)}
                  />
                ))}
            </tbody>
          ))}
        </table>
      </div>
      {zero ? null : <OwnGroups />}
    </div>
  );
});
