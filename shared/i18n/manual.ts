/**
 * The manual per step (what, why, an example from the Heerlen sample, common mistakes): catalogue
 * files of their own (manual.nl.ts, manual.en.ts), loaded only with the manual screen so they stay
 * out of the first paint. Typed by step: a step without a page fails typecheck.
 */
import type { StepId } from '../steps/list';
import { manualEn } from './manual.en';
import { manualNl } from './manual.nl';
import type { Language } from './lookup';

export interface ManualSection {
  title: string;
  text: string;
}

export interface ManualPage {
  what: string;
  why: string;
  example: string;
  mistakes: string[];
  /** Deeper explanations, e.g. how to score an effect or choose indicators. */
  sections?: ManualSection[];
}

export type Manual = Record<StepId, ManualPage>;

const manuals: Record<Language, Manual> = { nl: manualNl, en: manualEn };

/** The manual's page for a step. */
export function manualPage(language: Language, step: StepId): ManualPage {
  return manuals[language][step];
}

/** The whole text of a page, for searching. */
export function pageText(page: ManualPage): string {
  return [page.what, page.why, page.example, ...page.mistakes, ...(page.sections ?? []).flatMap((s) => [s.title, s.text])].join(' ');
}

/** Lower case without accents, so "financiele" finds "financiële". */
export function searchable(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLocaleLowerCase('nl');
}

/** Whether a page (with its step title) holds every word of the query. */
export function matches(query: string, title: string, page: ManualPage): boolean {
  const words = searchable(query).split(/\s+/).filter(Boolean);
  const text = searchable(`${title} ${pageText(page)}`);
  return words.every((w) => text.includes(w));
}
