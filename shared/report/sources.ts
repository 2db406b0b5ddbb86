/**
 * The sources appendix (issue 19): every source that occurs in the document, once, with where it
 * is used. The rule:
 * - a source field is a source as written: indicators, measurements, citizen signals, perceived results;
 * - an evidence field (expected, realised and unintended effects) is split at semicolons, line
 *   breaks and sentence ends (not inside brackets); a part names a source when it is short (at most 15 words), holds
 *   no figures other than years, and has a name (a word with a capital after its first word, an
 *   abbreviation such as CBS), a year, or "Bron:"/"Source:". Longer parts and parts with figures
 *   are findings, not references ("182 inwoners werken …").
 * Sources are the same when they differ only in case, spaces or a final full stop.
 */
import { themeOf } from '../framework/framework';
import type { AssessmentDocument } from '../model/document';
import type { Block } from './blocks';
import { date, translatorOf, type Lang } from './format';

export interface SourceUse {
  source: string;
  uses: string[];
}

const MAX_WORDS = 15;
const MAX_USES = 8;
const YEAR = /\b(19|20)\d\d\b/;

/** The parts of an evidence text, split at ";", line breaks and sentence ends (". " before a capital) outside brackets. */
function parts(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  const chars = [...text];
  for (const [i, ch] of chars.entries()) {
    if (ch === '(' || ch === '[') depth++;
    if ((ch === ')' || ch === ']') && depth > 0) depth--;
    const sentenceEnd = ch === '.' && depth === 0 && chars[i + 1] === ' ' && /\p{Lu}/u.test(chars[i + 2] ?? '');
    if ((ch === ';' && depth === 0) || ch === '\n' || sentenceEnd) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out.map((p) => p.trim().replace(/\.$/, '').trim()).filter(Boolean);
}

/** Whether a part of an evidence text names a source (the rule above). */
export function namesSource(part: string): boolean {
  const words = part.split(/\s+/);
  if (words.length > MAX_WORDS) return false;
  const figures = part.replace(/\b(19|20)\d\d\b/g, '');
  if (/\d/.test(figures)) return false;
  const named = words.slice(1).some((w) => /^[("„“']?\p{Lu}/u.test(w)) || /\b\p{Lu}{2,}\b/u.test(part);
  return named || YEAR.test(part) || /\b(bron|bronnen|source|sources):/i.test(part);
}

/** The sources that an evidence text names. */
export function evidenceSources(text: string): string[] {
  return parts(text).filter(namesSource);
}

const key = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').replace(/\.$/, '').trim();

/** Every source of the document with its uses, sorted by name. */
export function documentSources(doc: AssessmentDocument, lang: Lang): SourceUse[] {
  const t = translatorOf(lang);
  const found = new Map<string, SourceUse>();
  const add = (source: string, use: string) => {
    const s = source.trim().replace(/\.$/, '');
    if (!s) return;
    const entry = found.get(key(s)) ?? { source: s, uses: [] };
    if (!entry.uses.includes(use)) entry.uses.push(use);
    found.set(key(s), entry);
  };
  const p = doc.preparation;
  const indicatorName = (id: string) => p.indicators.find((i) => i.id === id)?.name ?? id;
  for (const i of p.indicators) add(i.source, t('typography.used.indicator', { name: i.name }));
  // Measurements per source and indicator: one use with their number.
  const perIndicator = new Map<string, { source: string; indicatorId: string; count: number }>();
  for (const m of doc.implementation.measurements) {
    const k = `${key(m.source)}\u0000${m.indicatorId}`;
    const group = perIndicator.get(k) ?? { source: m.source, indicatorId: m.indicatorId, count: 0 };
    group.count++;
    perIndicator.set(k, group);
  }
  for (const { source, indicatorId, count } of perIndicator.values()) {
    const name = indicatorName(indicatorId);
    add(source, count === 1 ? t('typography.used.measurement', { name }) : t('typography.used.measurements', { name, count }));
  }
  for (const s of doc.implementation.citizenSignals) add(s.source, t('typography.used.signal', { date: date(lang, s.date) }));
  for (const r of doc.evaluation.perceivedResults) {
    const outcome = p.perceivedOutcomes.find((o) => o.id === r.perceivedOutcomeId);
    add(r.source, t('typography.used.perceived', { name: outcome?.description || '—' }));
  }
  const optionName = (id: string) => p.options.find((o) => o.id === id)?.name ?? id;
  for (const e of p.effects) {
    const use = t('typography.used.effect', { theme: themeOf(e.theme).name[lang], option: optionName(e.optionId) });
    for (const s of evidenceSources(e.evidence)) add(s, use);
  }
  for (const r of doc.evaluation.realisedEffects) {
    const effect = p.effects.find((e) => e.id === r.effectId);
    const use = t('typography.used.realised', { theme: effect ? themeOf(effect.theme).name[lang] : '—' });
    for (const s of evidenceSources(r.evidence)) add(s, use);
  }
  for (const u of doc.evaluation.unintendedEffects) {
    for (const s of evidenceSources(u.evidence)) add(s, t('typography.used.unintended', { theme: themeOf(u.theme).name[lang] }));
  }
  return [...found.values()].sort((a, b) => a.source.localeCompare(b.source, lang));
}

/** The appendix section: what is listed, then a table of source and uses (at most MAX_USES named per source). */
export function sourcesBlocks(sources: SourceUse[], lang: Lang): Block[] {
  const t = translatorOf(lang);
  if (sources.length === 0) return [{ kind: 'paragraph', text: t('report.empty'), style: 'muted' }];
  const usesText = (uses: string[]) =>
    [...uses.slice(0, MAX_USES), ...(uses.length > MAX_USES ? [t('typography.used.more', { count: uses.length - MAX_USES })] : [])].join(
      '\n',
    );
  return [
    { kind: 'paragraph', text: t('typography.sourcesText'), style: 'small' },
    {
      kind: 'table',
      columns: [
        { header: t('typography.sourceColumn'), width: 3 },
        { header: t('typography.usedColumn'), width: 2.4 },
      ],
      rows: sources.map((s) => [s.source, usesText(s.uses)]),
    },
  ];
}
