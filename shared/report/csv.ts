/**
 * CSV export of indicators and measurements for Excel: UTF-8 with BOM; by default semicolons
 * and decimal commas (Dutch Excel), or commas and decimal points. One row per measurement, with
 * the indicator's columns repeated; an indicator without measurements has one row of its own.
 * Text cells that would start a formula get a leading quote (safe-cell.ts); numbers stay numbers.
 * Coded values are words in the report's language unless `codes` is asked (csv-words.ts).
 * Each row ends with the indicator's result: the final value, its grade against the target as
 * frozen (with the share of the way in %) and, when the target was adjusted since, against that.
 */
import { translate } from '../i18n';
import type { AssessmentDocument } from '../model/document';
import { inReportLanguage } from './catalogue-lang';
import { csvWords } from './csv-words';
import { sharePercent, type GradeResult } from '../analysis/grade';
import { indicatorResult } from '../analysis/results';
import { safeCsvText as safe } from './safe-cell';

export type CsvSeparator = ';' | ',';

const COLUMNS = [
  'indicatorId',
  'indicator',
  'theme',
  'unit',
  'goodDirection',
  'kind',
  'scale',
  'baselineValue',
  'baselineYear',
  'targetValue',
  'targetYear',
  'date',
  'value',
  'source',
  'note',
  'comparisonArea',
  'comparisonValue',
] as const;

/** The result columns (catalogue `gradeCsv.*`): the final value and its grade against the frozen and the adjusted target. */
const RESULT_COLUMNS = [
  'finalValue',
  'finalDate',
  'frozenTargetValue',
  'frozenTargetYear',
  'grade',
  'share',
  'adjustedGrade',
  'adjustedShare',
] as const;

/** Quotes a field when it holds the separator, a quote or a line break. */
function field(value: string, separator: CsvSeparator): string {
  return /["\r\n]/.test(value) || value.includes(separator) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The CSV text (with BOM) of a document's indicators and measurements. */
export function toCsv(
  original: AssessmentDocument,
  separator: CsvSeparator = ';',
  lang: 'nl' | 'en' = original.context.language,
  options: { codes?: boolean } = {},
): string {
  // Words and catalogue texts in the report's language; with `codes` the document's own values (csv-words.ts).
  const doc = options.codes ? original : inReportLanguage(original, lang);
  const word = csvWords(lang, options.codes === true);
  const number = (v: number | null | undefined) =>
    v === null || v === undefined ? '' : separator === ';' ? String(v).replace('.', ',') : String(v);
  const header = [...COLUMNS.map((c) => translate(lang, `csv.${c}`)), ...RESULT_COLUMNS.map((c) => translate(lang, `gradeCsv.${c}`))];
  const lines = [header.join(separator)];
  for (const ind of doc.preparation.indicators) {
    const base = [
      safe(ind.id),
      safe(ind.name),
      safe(word.theme(ind.theme)),
      safe(ind.unit),
      safe(word.goodDirection(ind.goodDirection)),
      safe(word.kind(ind.kind)),
      safe(word.scale(ind.scale)),
      number(ind.baseline?.value),
      ind.baseline ? String(ind.baseline.year) : '',
      number(ind.target?.value),
      ind.target ? String(ind.target.year) : '',
    ];
    const r = indicatorResult(doc, ind);
    const gradeWord = (g: GradeResult | null) => (g ? (options.codes ? g.grade : translate(lang, `grade.${g.grade}`)) : '');
    const result = [
      number(r.final?.value),
      r.final?.date ?? '',
      number(r.original.target?.value),
      r.original.target ? String(r.original.target.year) : '',
      gradeWord(r.originalGrade),
      number(sharePercent(r.originalGrade)),
      gradeWord(r.adjustedGrade),
      r.adjustedGrade ? number(sharePercent(r.adjustedGrade)) : '',
    ];
    const series = doc.implementation.measurements.filter((m) => m.indicatorId === ind.id).sort((a, b) => a.date.localeCompare(b.date));
    const rows = series.length
      ? series.map((m) => [
          ...base,
          m.date,
          number(m.value),
          safe(m.source),
          safe(m.note),
          safe(m.comparison?.area ?? ''),
          number(m.comparison?.value),
        ])
      : [[...base, '', '', '', '', '', '']];
    for (const row of rows) lines.push([...row, ...result].map((v) => field(v, separator)).join(separator));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
