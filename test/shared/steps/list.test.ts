import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { translate } from '../../../shared/i18n';
import { parseDocumentBytes } from '../../../shared/model/load';
import { reportContent } from '../../../shared/report/content';
import { PHASES, STEP_LIST, stepsOf } from '../../../shared/steps/list';
import { STEP_REPORTS } from '../../../shared/steps/reports';

const sample = () => parseDocumentBytes(readFileSync('assets/examples/medtech-heerlen.json')).document;

describe('the step list', () => {
  it('gives every step a unique id, and lists the phases in the order of the cycle', () => {
    expect(new Set(STEP_LIST.map((s) => s.id)).size).toBe(STEP_LIST.length);
    const phases = STEP_LIST.map((s) => PHASES.indexOf(s.phase));
    expect(phases).toEqual([...phases].sort((a, b) => a - b));
    expect(PHASES.flatMap((p) => stepsOf(p))).toEqual([...STEP_LIST]);
  });

  it('has a title and a help text for every step, in Dutch and in English', () => {
    for (const step of STEP_LIST)
      for (const lang of ['nl', 'en'] as const)
        for (const key of [`steps.${step.id}`, `help.${step.id}`] as const) expect(translate(lang, key), `${lang} ${key}`).toMatch(/\w/);
  });

  it('puts the report section of each step that has one in its phase chapter, in step order', () => {
    const doc = sample();
    for (const phase of PHASES) {
      const blocks = reportContent(doc, { lang: 'nl', phase, today: '2026-11-29' }).blocks;
      const headings = blocks.filter((b) => b.kind === 'heading' && b.level === 2).map((b) => (b.kind === 'heading' ? b.text : ''));
      const sections = stepsOf(phase).flatMap((step) => {
        const first = STEP_REPORTS[step.id]?.(doc, 'nl').find((b) => b.kind === 'heading');
        return first && first.kind === 'heading' ? [first.text] : [];
      });
      expect(sections.length, phase).toBeGreaterThan(2);
      const positions = sections.map((title) => headings.indexOf(title));
      expect(positions, phase).not.toContain(-1);
      expect(positions, phase).toEqual([...positions].sort((a, b) => a - b));
    }
  });
});
