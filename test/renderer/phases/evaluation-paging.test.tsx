// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { ResultsStep } from '../../../renderer/phases/evaluation/results-step';
import { ProcessStep } from '../../../renderer/phases/evaluation/process-step';
import { SignalsStep } from '../../../renderer/phases/implementation/signals-step';
import { ExpectedRealisedStep } from '../../../renderer/phases/evaluation/expected-realised-step';
import { Effect, Indicator, PolicyOption, type AssessmentDocument } from '../../../shared/model/document';
import { renderWithDocument } from '../render-app';

afterEach(cleanup);

const name = (n: number) => `Indicator ${String(n).padStart(3, '0')}`;
function many(d: AssessmentDocument, count: number) {
  for (let i = 1; i <= count; i++)
    d.preparation.indicators.push(Indicator.parse({ id: `i${i}`, name: name(i), theme: 'wonen', goodDirection: 'up', kind: 'objective' }));
}
const statusOf = (pager: HTMLElement) => within(pager).getByRole('status').textContent;
const violations = async () =>
  (await axe.run(document.body, { rules: { region: { enabled: false } } })).violations.map((v) => `${v.id}: ${v.nodes[0]?.html}`);

describe('long lists in implementation and evaluation', () => {
  it('results: 25 rows a page; a final value typed on page 2 is saved and stays after paging back and forth', async () => {
    const { store } = await renderWithDocument(<ResultsStep />);
    store.assessment.edit('many', (d) => many(d, 30));
    const user = userEvent.setup();
    const pager = await screen.findByRole('navigation', { name: 'Bladeren door Resultaten' });
    expect(statusOf(pager)).toBe('1–25 van 30');
    expect(screen.getByLabelText(`Eindwaarde voor ${name(25)}`)).toBeTruthy();
    expect(screen.queryByLabelText(`Eindwaarde voor ${name(26)}`)).toBeNull();
    within(pager).getByRole('button', { name: 'Volgende 25' }).focus();
    await user.keyboard('{Enter}');
    expect(statusOf(pager)).toBe('26–30 van 30');
    await user.type(screen.getByLabelText(`Eindwaarde voor ${name(27)}`), '42');
    await user.tab();
    expect(store.assessment.document!.evaluation.finalValues.map((f) => [f.indicatorId, f.value])).toEqual([['i27', 42]]);
    await user.click(within(pager).getByRole('button', { name: 'Vorige 25' }));
    await user.click(within(pager).getByRole('button', { name: 'Volgende 25' }));
    expect((screen.getByLabelText(`Eindwaarde voor ${name(27)}`) as HTMLInputElement).value).toBe('42');
    expect(await violations()).toEqual([]);
  }, 120_000);

  it('signals: 25 a page, most worrying first, every indicator reachable', async () => {
    const { store } = await renderWithDocument(<SignalsStep />);
    store.assessment.edit('many', (d) => many(d, 30));
    const user = userEvent.setup();
    const pager = await screen.findByRole('navigation', { name: 'Bladeren door Signalen, meest zorgelijk eerst' });
    const names = () => screen.getAllByRole('rowheader').map((h) => h.textContent);
    expect(statusOf(pager)).toBe('1–25 van 30');
    expect(names()).toEqual(Array.from({ length: 25 }, (_, i) => name(i + 1)));
    await user.click(within(pager).getByRole('button', { name: 'Volgende 25' }));
    expect(names()).toEqual(Array.from({ length: 5 }, (_, i) => name(i + 26)));
  }, 120_000);

  it('process: the main indicators are chosen from 100 a page; a choice on page 2 counts', async () => {
    const { store } = await renderWithDocument(<ProcessStep />);
    store.assessment.edit('many', (d) => many(d, 120));
    const user = userEvent.setup();
    const pager = await screen.findByRole('navigation', { name: 'Bladeren door Belangrijkste uitkomstindicatoren' });
    expect(statusOf(pager)).toBe('1–100 van 120');
    expect(screen.queryByRole('checkbox', { name: name(101) })).toBeNull();
    await user.click(within(pager).getByRole('button', { name: 'Volgende 100' }));
    await user.click(screen.getByRole('checkbox', { name: name(110) }));
    expect(store.assessment.document!.evaluation.process?.mainIndicators.map((m) => m.indicatorId)).toEqual(['i110']);
    expect(screen.getByRole('heading', { level: 3, name: name(110) })).toBeTruthy();
    expect(await violations()).toEqual([]);
  }, 120_000);
  it('expected versus realised: 50 effects a page, numbered per theme across pages; a choice on page 2 is saved', async () => {
    const { store } = await renderWithDocument(<ExpectedRealisedStep />);
    store.assessment.edit('many', (d) => {
      d.preparation.options = [PolicyOption.parse({ id: 'opt1', name: 'Banenplan' })];
      d.preparation.preferredOptionId = 'opt1';
      d.preparation.effects = Array.from({ length: 60 }, (_, i) =>
        Effect.parse({ id: `e${i + 1}`, optionId: 'opt1', theme: 'wonen', direction: 1 }),
      );
    });
    const user = userEvent.setup();
    const pager = await screen.findByRole('navigation', { name: 'Bladeren door Verwacht en gerealiseerd' });
    expect(statusOf(pager)).toBe('1–50 van 60');
    await user.click(within(pager).getByRole('button', { name: 'Volgende 50' }));
    expect(statusOf(pager)).toBe('51–60 van 60');
    const summaries = document.querySelectorAll('summary');
    expect(summaries).toHaveLength(10);
    await user.click(summaries[4]!);
    await user.selectOptions(await screen.findByLabelText(/^Gerealiseerde richting voor Wonen \(Wonen, effect 55\)/), '1');
    expect(store.assessment.document!.evaluation.realisedEffects.map((r) => [r.effectId, r.direction])).toEqual([['e55', 1]]);
  }, 120_000);
});
