/** Effects, groups and costs in words: shared by the overview step and the report, in the reader's language. */
import type { MessageKey, MessageValues } from '../i18n/lookup';
import { GROUPS } from '../model/choices';
import type { AssessmentDocument, Effect, PolicyOption } from '../model/document';
import { groupsOf } from './groups';
import { notQuantifiedText } from './limits-text';
import type { Robustness } from './robustness';
import { dimensions, themeOf } from '../framework/framework';

type T = (key: MessageKey, values?: MessageValues) => string;
type Lang = 'nl' | 'en';

/** −2…+2 with its sign: "+2", "0", "−1". */
export const signed = (d: number): string => (d > 0 ? `+${d}` : d < 0 ? `−${-d}` : '0');

/** An arrow for the direction, doubled when strong (the signed number beside it carries the meaning). */
export const arrowOf = (d: number): string => (d > 1 ? '↑↑' : d > 0 ? '↑' : d < -1 ? '↓↓' : d < 0 ? '↓' : '→');

/** A number in the language's notation. */
export const count = (lang: Lang, v: number): string => new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB').format(v);

/** An amount in euros, without cents. */
export const euros = (lang: Lang, v: number): string =>
  new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(v);

/** A group's name: the standard list's words, or the document's own name. */
export function groupName(doc: AssessmentDocument, id: string, t: T): string {
  if ((GROUPS as readonly string[]).includes(id)) return t(`tradeoff.groups.${id as (typeof GROUPS)[number]}`);
  return doc.preparation.groups.find((g) => g.id === id)?.name.trim() || id;
}

/** Where an effect lands; places outside the area but in the Netherlands are spill-overs and say so. */
export function whereText(where: Effect['where'], t: T): string {
  const words = t(`tradeoff.where.${where}`);
  return where === 'municipality' || where === 'region' || where === 'netherlands' ? t('tradeoff.spill', { where: words }) : words;
}

/** Who: the real groups an effect names, or "no group named". */
export function whoText(doc: AssessmentDocument, e: Effect, t: T): string {
  const groups = groupsOf(doc, e);
  return groups.length ? groups.map((g) => groupName(doc, g, t)).join(', ') : t('tradeoff.review.noGroup');
}

/** How much and how long: not quantified (with the reason), reach, size in a number or in words, duration; empty when none is given. */
export function amountText(e: Effect, t: T, lang: Lang): string {
  const parts = [
    e.notQuantified ? notQuantifiedText(e.notQuantified, t) : '',
    e.reach !== null ? `± ${count(lang, e.reach)} ${t(`tradeoff.reachUnit.${e.reachUnit}`)}` : '',
    e.sizeValue !== null ? `${count(lang, e.sizeValue)} ${e.sizeUnit}`.trim() : '',
    e.size.trim(),
    e.duration ? t(`tradeoff.duration.${e.duration}`) : '',
  ];
  return parts.filter(Boolean).join(' · ');
}

/** The head of an effect's cell: arrow, signed direction and confidence. */
export function directionText(e: Effect, t: T, arrows = true): string {
  if (e.direction === null) return e.notQuantified ? t('limits.notQuantified') : '?';
  const conf = e.confidence ? ` (${t('tradeoff.review.confidence', { level: t(`tradeoff.lmh.${e.confidence}`) })})` : '';
  return `${arrows ? `${arrowOf(e.direction)} ` : ''}${signed(e.direction)}${conf}`;
}

/** An option's costs in one line: one-off, yearly, period, who pays. */
export function costsText(o: PolicyOption, t: T, lang: Lang): string {
  const c = o.costs;
  const parts = [
    c.oneOff !== null ? t('tradeoff.costs.oneOffAmount', { amount: euros(lang, c.oneOff) }) : '',
    c.yearly !== null ? t('tradeoff.costs.perYear', { amount: euros(lang, c.yearly) }) : '',
    c.period.trim(),
    c.payer.trim() ? t('tradeoff.costs.paidBy', { payer: c.payer.trim() }) : '',
  ].filter(Boolean);
  return parts.length ? parts.join(' · ') : t('tradeoff.costs.none');
}

/** An option's feasibility in lines: "Juridisch: middel — reason". */
export function feasibilityLines(o: PolicyOption, t: T): string[] {
  return (['legal', 'organisational', 'financial'] as const)
    .filter((a) => o.feasibility[a].level !== null || o.feasibility[a].reason.trim())
    .map((a) => {
      const f = o.feasibility[a];
      const reason = f.reason.trim() ? ` — ${f.reason.trim()}` : '';
      return `${t(`tradeoff.costs.${a}`)}: ${f.level ? t(`tradeoff.lmh.${f.level}`) : '?'}${reason}`;
    });
}

/** An option's risks in lines: risk (likelihood, impact), with the mitigation. */
export function riskLines(o: PolicyOption, t: T): string[] {
  const lmh = (v: 'low' | 'medium' | 'high' | null) => (v ? t(`tradeoff.lmh.${v}`) : '?');
  return o.risks
    .filter((r) => r.risk.trim())
    .map(
      (r) =>
        `${t('tradeoff.review.riskLine', { risk: r.risk.trim(), likelihood: lmh(r.likelihood), impact: lmh(r.impact) })}` +
        (r.mitigation.trim() ? ` — ${t('tradeoff.costs.mitigation')}: ${r.mitigation.trim()}` : ''),
    );
}

/** The overview's sentence on how robust the preference is. */
export function robustnessText(doc: AssessmentDocument, r: Robustness, t: T, lang: Lang): string {
  const name = (id: string | null) => doc.preparation.options.find((o) => o.id === id)?.name ?? '';
  const option = name(doc.preparation.preferredOptionId);
  if (r.status === 'no-preference' || r.status === 'no-lead') return t(`tradeoff.robust.${r.status}`, { option });
  const dimension = dimensions.find((d) => d.id === r.dimension)!.name[lang];
  const effects = r.vulnerable.map((e) => `${themeOf(e.theme).name[lang]} (${signed(e.direction!)}, ${whereText(e.where, t)})`).join(', ');
  return t(`tradeoff.robust.${r.status}`, { option, dimension, rival: name(r.rivalId), margin: r.margin, effects });
}
