/**
 * The content of the Excel export, as plain sheets of typed cells (pure: no exceljs here; the
 * bytes are made by shared/io/xlsx.ts with the exceljs module its caller hands in). Sheets:
 * indicators, measurements, effects, options and findings, each with a header row. The
 * measurements sheet has the columns of the measurement import (indicator, date, value, source,
 * note, comparison area, comparison value, indicator id), so an export imports again unchanged.
 */
import { critique, findingText } from '../analysis/findings';
import { amountText, costsText, directionText, whereText, whoText } from '../analysis/effect-text';
import { themeOf } from '../framework/framework';
import { translate, type MessageKey, type MessageValues } from '../i18n';
import type { AssessmentDocument } from '../model/document';
import { inReportLanguage } from '../report/catalogue-lang';
import { csvWords } from '../report/csv-words';

type Lang = 'nl' | 'en';

/** A cell: text (always a string cell, never a formula), a number, a date (yyyy-mm-dd) or empty. */
export type SheetCell = { text: string } | { number: number } | { date: string } | null;

export interface SheetColumn {
  header: string;
  /** Width in characters. */
  width: number;
  /** Excel number format of the column's numbers or dates. */
  format?: string;
}

export interface Sheet {
  name: string;
  columns: SheetColumn[];
  rows: SheetCell[][];
}

/** Number columns: thousands grouped and as many decimals as the column's values need (at most 4); Dutch Excel shows "1.234,5". */
export const NUMBER_FORMAT = '#,##0';
export const DATE_FORMAT = 'dd-mm-yyyy';

/** The decimals of a number as written (0.1 + 0.2 counts as at most 4). */
const decimals = (v: number) => Math.min(4, (/\.(\d+)/.exec(String(Number(v.toFixed(4))))?.[1] ?? '').length);

/** Gives each number column (format NUMBER_FORMAT) the decimals its values need: "#,##0", "#,##0.0", … */
function fitNumberFormats(sheet: Sheet): Sheet {
  const columns = sheet.columns.map((c, i) => {
    if (c.format !== NUMBER_FORMAT) return c;
    const places = Math.max(
      0,
      ...sheet.rows.map((r) => {
        const cell = r[i];
        return cell && 'number' in cell ? decimals(cell.number) : 0;
      }),
    );
    return { ...c, format: places ? `${NUMBER_FORMAT}.${'0'.repeat(places)}` : NUMBER_FORMAT };
  });
  return { ...sheet, columns };
}

const text = (v: string | null | undefined): SheetCell => (v ? { text: v } : null);
const num = (v: number | null | undefined): SheetCell => (v === null || v === undefined ? null : { number: v });

/** The sheets of a document's Excel export, with words in `lang`. */
export function workbookSheets(original: AssessmentDocument, lang: Lang): Sheet[] {
  const doc = inReportLanguage(original, lang);
  const t = (key: MessageKey, values?: MessageValues) => translate(lang, key, values);
  const col = (key: string, width: number, format?: string): SheetColumn => ({
    header: t(`excel.col.${key}` as MessageKey),
    width,
    format,
  });
  const word = csvWords(lang, false);
  const prep = doc.preparation;
  const indicatorName = new Map(prep.indicators.map((i) => [i.id, i.name]));
  const optionName = new Map(prep.options.map((o) => [o.id, o.name]));

  const indicators: Sheet = {
    name: t('excel.sheet.indicators'),
    columns: [
      col('indicatorId', 24),
      col('indicator', 40),
      col('theme', 24),
      col('unit', 24),
      col('goodDirection', 18),
      col('kind', 20),
      col('scale', 12),
      col('baselineValue', 12, NUMBER_FORMAT),
      col('baselineYear', 14),
      col('targetValue', 12, NUMBER_FORMAT),
      col('targetYear', 12),
    ],
    rows: prep.indicators.map((i) => [
      text(i.id),
      text(i.name),
      text(word.theme(i.theme)),
      text(i.unit),
      text(word.goodDirection(i.goodDirection)),
      text(word.kind(i.kind)),
      text(word.scale(i.scale)),
      num(i.baseline?.value),
      num(i.baseline?.year),
      num(i.target?.value),
      num(i.target?.year),
    ]),
  };

  const order = new Map(prep.indicators.map((i, n) => [i.id, n]));
  const series = [...doc.implementation.measurements].sort(
    (a, b) => (order.get(a.indicatorId) ?? 1e9) - (order.get(b.indicatorId) ?? 1e9) || a.date.localeCompare(b.date),
  );
  const measurements: Sheet = {
    name: t('excel.sheet.measurements'),
    columns: [
      col('indicator', 40),
      col('date', 12, DATE_FORMAT),
      col('value', 12, NUMBER_FORMAT),
      col('source', 24),
      col('note', 40),
      col('comparisonArea', 20),
      col('comparisonValue', 14, NUMBER_FORMAT),
      col('indicatorId', 24),
    ],
    rows: series.map((m) => [
      text(indicatorName.get(m.indicatorId) ?? m.indicatorId),
      { date: m.date },
      num(m.value),
      text(m.source),
      text(m.note),
      text(m.comparison?.area),
      num(m.comparison?.value),
      text(m.indicatorId),
    ]),
  };

  const effects: Sheet = {
    name: t('excel.sheet.effects'),
    columns: [
      col('option', 28),
      col('theme', 24),
      col('direction', 18),
      col('where', 18),
      col('who', 24),
      col('amount', 24),
      col('gains', 30),
      col('loses', 30),
      col('rationale', 40),
    ],
    rows: prep.effects.map((e) => [
      text(optionName.get(e.optionId) ?? ''),
      text(themeOf(e.theme).name[lang]),
      text(directionText(e, t, false)),
      text(whereText(e.where, t)),
      text(whoText(doc, e, t)),
      text(amountText(e, t, lang)),
      text(e.gains),
      text(e.loses),
      text(e.rationale),
    ]),
  };

  const options: Sheet = {
    name: t('excel.sheet.options'),
    columns: [col('option', 30), col('zeroOption', 10), col('description', 50), col('costs', 40)],
    rows: prep.options.map((o) => [
      text(o.name),
      text(t(o.isZeroOption ? 'excel.col.yes' : 'excel.col.no')),
      text(o.description),
      text(costsText(o, t, lang)),
    ]),
  };

  const findings: Sheet = {
    name: t('excel.sheet.findings'),
    columns: [col('severity', 14), col('step', 24), col('finding', 90)],
    rows: critique(original).map((f) => [
      text(t(`severity.${f.severity}`)),
      text(t(`steps.${f.target.step}` as MessageKey)),
      text(findingText(f, lang, t)),
    ]),
  };

  return [indicators, measurements, effects, options, findings].map(fitNumberFormats);
}
