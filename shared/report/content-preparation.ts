/** Report sections of the preparation phase. */
import type { MessageKey, MessageValues } from '../i18n';
import { indicatorSignal } from '../analysis/signal';
import { dimensionOf, themeOf, themes, THEME_IDS, scaleLevels, levels } from '../framework/framework';
import { latestByIndicator, measurementsByIndicator } from '../analysis/measurements';
import type { AssessmentDocument } from '../model/document';
import type { Block, Cell } from './blocks';
import { direction, num, orEmpty, tr, type Lang } from './format';

const scaleName = (lang: Lang, id: string | null) => (id ? (scaleLevels.find((s) => s.id === id)?.name[lang] ?? id) : '—');
const levelName = (lang: Lang, id: string | null) => (id ? (levels.find((l) => l.id === id)?.name[lang] ?? id) : '—');
const DIMENSION_KEY = { 'hier-en-nu': 'report.dimHere', later: 'report.dimLater', elders: 'report.dimElsewhere' } as const;

/** Problem and ambition, theory of change, options, effects, spill-overs, indicators, perceived outcomes. */
export function preparationBlocks(doc: AssessmentDocument, lang: Lang): Block[] {
  const p = doc.preparation;
  const t = (key: MessageKey, values?: MessageValues) => tr(lang, key, values);
  const blocks: Block[] = [{ kind: 'heading', level: 1, text: t('report.preparation'), pageBreakBefore: true }];
  const c = doc.context;
  blocks.push({ kind: 'heading', level: 2, text: t('steps.context') });
  blocks.push({
    kind: 'fields',
    rows: [
      [t('report.organisation'), c.organisation || '—'],
      [t('report.area'), [c.area.name, c.area.scale ? scaleName(lang, c.area.scale) : ''].filter(Boolean).join(' — ') || '—'],
      [t('report.policyDomain'), c.policyDomain || '—'],
      [t('report.owner'), c.owner || '—'],
      [t('fields.relatedProgrammes'), orEmpty(lang, c.relatedProgrammes)],
    ],
  });

  blocks.push({ kind: 'heading', level: 2, text: t('report.problemAmbition') });
  blocks.push({
    kind: 'fields',
    rows: [
      [t('fields.problem'), orEmpty(lang, p.problem)],
      [t('fields.targetGroups'), orEmpty(lang, p.targetGroups)],
      [t('fields.citizenValues'), orEmpty(lang, p.citizenValues)],
      [t('fields.citizenInvolvement'), orEmpty(lang, p.citizenInvolvement)],
      [t('fields.ambition'), orEmpty(lang, p.ambition)],
      [t('fields.ambitionScale'), scaleName(lang, p.ambitionScale)],
    ],
  });

  blocks.push({ kind: 'heading', level: 2, text: t('report.theory') });
  const toc = p.theoryOfChange;
  const tocRows: Cell[][] = (['activities', 'outputs', 'outcomes', 'impacts'] as const).flatMap((list) =>
    toc[list].map((s) => [{ text: t(`fields.${list}`), bold: true }, s.text || '—', s.assumption || '—']),
  );
  blocks.push(
    tocRows.length
      ? {
          kind: 'table',
          columns: [
            { header: t('report.link'), width: 1 },
            { header: t('report.description'), width: 2.5 },
            { header: t('report.assumption'), width: 2.5 },
          ],
          rows: tocRows,
        }
      : { kind: 'paragraph', text: t('report.empty'), style: 'muted' },
  );

  blocks.push({ kind: 'heading', level: 2, text: t('report.options') });
  blocks.push({
    kind: 'table',
    columns: [
      { header: t('report.option'), width: 1.3 },
      { header: t('report.description'), width: 3 },
    ],
    rows: p.options.map((o) => [
      {
        text:
          o.name + (o.isZeroOption ? ` (${t('report.zero')})` : '') + (p.preferredOptionId === o.id ? ` (${t('report.preferred')})` : ''),
        bold: true,
      },
      o.description || '—',
    ]),
  });

  blocks.push({ kind: 'heading', level: 2, text: t('report.effects') });
  for (const o of p.options) {
    const effects = p.effects
      .filter((e) => e.optionId === o.id && (e.direction !== null || e.rationale || e.gains || e.loses))
      .sort((a, b) => THEME_IDS.indexOf(a.theme) - THEME_IDS.indexOf(b.theme));
    blocks.push({ kind: 'heading', level: 3, text: t('report.effectsOf', { option: o.name }) });
    if (effects.length === 0) {
      blocks.push({ kind: 'paragraph', text: t('report.empty'), style: 'muted' });
      continue;
    }
    blocks.push({
      kind: 'table',
      columns: [
        { header: t('report.theme'), width: 1.2 },
        { header: t('report.direction'), width: 1.3 },
        { header: `${t('report.confidence')} / ${t('report.lag')}`, width: 1.1 },
        { header: t('report.levelScale'), width: 1 },
        { header: t('report.explanation'), width: 3.4 },
      ],
      rows: effects.map((e) => [
        {
          text: `${themeOf(e.theme).name[lang]}\n(${t(DIMENSION_KEY[dimensionOf(e.theme)])})`,
          bold: true,
        },
        { text: direction(lang, e.direction), tone: (e.direction ?? 0) > 0 ? 'positive' : (e.direction ?? 0) < 0 ? 'negative' : 'neutral' },
        `${e.confidence ? t(`enums.confidence.${e.confidence}`) : '—'} / ${e.lag ? t(`enums.lag.${e.lag}`) : '—'}`,
        `${levelName(lang, e.level)} / ${scaleName(lang, e.scale)}`,
        [
          e.rationale && `${t('report.rationale')}: ${e.rationale}`,
          e.gains && `${t('report.gains')}: ${e.gains}`,
          e.loses && `${t('report.loses')}: ${e.loses}`,
          e.evidence && `${t('report.evidence')}: ${e.evidence}`,
        ]
          .filter(Boolean)
          .join('\n') || '—',
      ]),
    });
  }

  blocks.push({ kind: 'heading', level: 2, text: t('report.spillovers') });
  if (p.spillovers.length === 0) blocks.push({ kind: 'paragraph', text: t('report.empty'), style: 'muted' });
  else {
    blocks.push({
      kind: 'table',
      columns: [
        { header: t('report.from'), width: 1.3 },
        { header: t('report.to'), width: 1.3 },
        { header: t('report.sign'), width: 1.2 },
        { header: t('report.strength'), width: 0.8 },
        { header: t('report.explanation'), width: 3 },
      ],
      rows: p.spillovers.map((s) => [
        themeOf(s.from).name[lang],
        themeOf(s.to).name[lang],
        { text: t(`enums.sign.${s.sign}`), tone: s.sign === 'negative' ? 'negative' : 'positive', bold: s.sign === 'negative' },
        t(`enums.strength.${s.strength}`),
        s.explanation || '—',
      ]),
    });
    const used = THEME_IDS.filter((id) => p.spillovers.some((s) => s.from === id || s.to === id));
    const value = (a: string, b: string) =>
      p.spillovers
        .filter((s) => s.from === a && s.to === b)
        .reduce((sum, s) => sum + (s.sign === 'negative' ? -s.strength : s.strength), 0);
    blocks.push({ kind: 'paragraph', text: t('report.matrix'), style: 'small' });
    blocks.push({
      kind: 'table',
      fontSize: 7,
      columns: [{ header: '', width: 2.2 }, ...used.map((id) => ({ header: themes.find((x) => x.id === id)!.name[lang], width: 1 }))],
      rows: used.map((a) => [
        { text: themeOf(a).name[lang], bold: true },
        ...used.map((b): Cell => {
          const v = value(a, b);
          return v === 0 ? '' : { text: v > 0 ? `+${v}` : `−${-v}`, tone: v > 0 ? 'positive' : 'negative', bold: v < 0 };
        }),
      ]),
    });
  }

  blocks.push({ kind: 'heading', level: 2, text: t('report.indicators') });
  const latest = latestByIndicator(doc.implementation.measurements);
  const series = measurementsByIndicator(doc.implementation.measurements);
  blocks.push(
    p.indicators.length === 0
      ? { kind: 'paragraph', text: t('report.empty'), style: 'muted' }
      : {
          kind: 'table',
          fontSize: 7.5,
          columns: [
            { header: t('report.indicator'), width: 2.6 },
            { header: t('report.theme'), width: 1.4 },
            { header: t('report.unit'), width: 1.8 },
            { header: t('report.baseline'), width: 1.1 },
            { header: t('report.target'), width: 1.1 },
            { header: t('report.latest'), width: 1.2 },
            { header: t('report.signal'), width: 1.1 },
          ],
          rows: p.indicators.map((i) => {
            const last = latest.get(i.id);
            const signal = indicatorSignal(i, series.get(i.id) ?? []).signal;
            return [
              { text: `${i.name} (${i.goodDirection === 'up' ? t('report.higherBetter') : t('report.lowerBetter')})`, bold: true },
              themeOf(i.theme).name[lang],
              i.unit || '—',
              i.baseline ? `${num(lang, i.baseline.value)} (${i.baseline.year})` : '—',
              i.target ? `${num(lang, i.target.value)} (${i.target.year})` : '—',
              last ? `${num(lang, last.value)} (${last.date.slice(0, 4)})` : '—',
              {
                text: t(`signal.${signal}`),
                tone: signal === 'off-track' ? 'negative' : signal === 'on-track' ? 'positive' : signal === 'at-risk' ? 'target' : 'muted',
                bold: signal === 'off-track',
              },
            ];
          }),
        },
  );
  if (p.indicators.length > 0) {
    blocks.push({ kind: 'heading', level: 3, text: t('report.indicatorDetails') });
    const choice = (key: MessageKey | null) => (key ? t(key) : '—');
    blocks.push({
      kind: 'fields',
      rows: p.indicators.map((i) => [
        i.name,
        [
          i.definition,
          [
            `${t('report.kind')}: ${t(`enums.kind.${i.kind}`)}`,
            `${t('report.scale')}: ${scaleName(lang, i.scale)}`,
            `${t('fields.level')}: ${levelName(lang, i.level)}`,
          ].join('; '),
          `${t('report.source')}: ${i.source || '—'}`,
          [
            `${t('fields.frequency')}: ${choice(i.frequency && `enums.frequency.${i.frequency}`)}`,
            `${t('fields.dataCost')}: ${choice(i.dataCost && `enums.costQuality.${i.dataCost}`)}`,
            `${t('fields.dataQuality')}: ${choice(i.dataQuality && `enums.costQuality.${i.dataQuality}`)}`,
          ].join('; '),
          `${t('fields.indicatorOwner')}: ${i.owner || '—'}`,
        ]
          .filter(Boolean)
          .join('\n'),
      ]),
    });
  }

  blocks.push({ kind: 'heading', level: 2, text: t('report.perceived') });
  blocks.push(
    p.perceivedOutcomes.length === 0
      ? { kind: 'paragraph', text: t('report.empty'), style: 'muted' }
      : {
          kind: 'table',
          columns: [
            { header: t('report.perceivedWhat'), width: 2.5 },
            { header: t('report.perceivedHow'), width: 2.5 },
            { header: t('report.indicator'), width: 1.5 },
          ],
          rows: p.perceivedOutcomes.map((o) => [
            o.description || '—',
            o.measurement || '—',
            p.indicators.find((i) => i.id === o.indicatorId)?.name ?? '—',
          ]),
        },
  );
  return blocks;
}
