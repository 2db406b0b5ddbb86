// @vitest-environment jsdom
/**
 * A finding that points to an item on a later page of a paged list: the list shows that page before the step frame
 * focuses the item, both when the finding brings the user to the step and when the step is already shown; the user's own
 * paging works as before afterwards. Real store over a temp workspace, the real step frame and findings panel.
 */
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { observer } from 'mobx-react-lite';
import type { ComponentType } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { ExpectedRealisedStep } from '../../../renderer/phases/evaluation/expected-realised-step';
import { ResultsStep, RESULTS_PAGE_SIZE } from '../../../renderer/phases/evaluation/results-step';
import { AdjustmentsStep } from '../../../renderer/phases/implementation/adjustments-step';
import { MeasurementsStep } from '../../../renderer/phases/implementation/measurements-step';
import { IndicatorsStep, INDICATORS_PAGE_SIZE } from '../../../renderer/phases/preparation/indicators-step';
import { useStore } from '../../../renderer/stores/context';
import { FindingsPanel } from '../../../renderer/wizard/findings-panel';
import { StepFrame } from '../../../renderer/wizard/step-frame';
import { Effect, Indicator, PolicyOption, RealisedEffect, type AssessmentDocument } from '../../../shared/model/document';
import { freezeRecord } from '../../../shared/model/freeze';
import type { StepId } from '../../../shared/steps/list';
import { renderWithDocument } from '../render-app';

afterEach(cleanup);

const STEPS: Partial<Record<StepId, ComponentType>> = {
  indicators: IndicatorsStep,
  measurements: MeasurementsStep,
  adjustments: AdjustmentsStep,
  results: ResultsStep,
  'expected-realised': ExpectedRealisedStep,
};

/** The wizard's middle and right column, as wizard-screen.tsx puts them together. */
const Wizard = observer(function Wizard() {
  const { wizard } = useStore();
  const Step = STEPS[wizard.step] ?? (() => null);
  return (
    <div>
      <StepFrame step={wizard.step} key={wizard.step}>
        <Step />
      </StepFrame>
      <FindingsPanel />
    </div>
  );
});

const name = (n: number) => `Meetpunt ${String(n).padStart(3, '0')}`;
const complete = (n: number) =>
  Indicator.parse({
    id: `i${n}`,
    name: name(n),
    theme: 'wonen',
    goodDirection: 'up',
    kind: 'objective',
    source: 'CBS',
    scale: 'wijk',
    baseline: { value: 50, year: 2023 },
    target: { value: 60, year: 2027 },
  });
const indicators = (d: AssessmentDocument, count: number) =>
  (d.preparation.indicators = Array.from({ length: count }, (_, i) => complete(i + 1)));
const pagerOf = (list: string) => screen.getByRole('navigation', { name: `Bladeren door ${list}` });
const status = (list: string) => within(pagerOf(list)).getByRole('status').textContent;
const finding = (text: RegExp) => within(screen.getByRole('complementary')).findByRole('link', { name: text });

describe('a finding that points into a later page', () => {
  it('indicators: shows the page and focuses the field, on arrival and from the step itself; paging and adding work after', async () => {
    const { store } = await renderWithDocument(<Wizard />);
    const chosen = 'Gekozen indicatoren (60)';
    store.assessment.edit('many', (d) => {
      indicators(d, 60);
      d.preparation.indicators[56]!.baseline = null;
    });
    const user = userEvent.setup();
    // Arriving at the step from another one.
    await user.click(await finding(/Meetpunt 057/));
    expect(store.wizard.step).toBe('indicators');
    expect(status(chosen)).toBe(`${INDICATORS_PAGE_SIZE + 1}–60 van 60`);
    expect(document.activeElement?.id).toBe('f-i57-baseline');

    // The user's own paging is theirs again.
    await user.click(within(pagerOf(chosen)).getByRole('button', { name: 'Eerste pagina' }));
    expect(status(chosen)).toBe(`1–${INDICATORS_PAGE_SIZE} van 60`);
    expect(screen.queryByText(name(57))).toBeNull();

    // The step already shown, on page 1: the same finding turns the page.
    await user.click(await finding(/Meetpunt 057/));
    expect(status(chosen)).toBe(`${INDICATORS_PAGE_SIZE + 1}–60 van 60`);
    expect(document.activeElement?.id).toBe('f-i57-baseline');
    await user.click(within(pagerOf(chosen)).getByRole('button', { name: `Vorige ${INDICATORS_PAGE_SIZE}` }));
    expect(status(chosen)).toBe(`1–${INDICATORS_PAGE_SIZE} van 60`);

    // An indicator added from page 1 is shown on its page.
    await user.click(screen.getByRole('button', { name: 'Eigen indicator toevoegen' }));
    expect(status('Gekozen indicatoren (61)')).toBe(`${INDICATORS_PAGE_SIZE + 1}–61 van 61`);
    expect(screen.getByText('Eigen indicator')).toBeTruthy();
    // And one added from a suggestion (as from the catalogue: useAddIndicator).
    await user.click(within(pagerOf('Gekozen indicatoren (61)')).getByRole('button', { name: 'Eerste pagina' }));
    await user.click(screen.getAllByRole('button', { name: / toevoegen \(voorstel\)$/ })[0]!);
    expect(status('Gekozen indicatoren (62)')).toBe(`${INDICATORS_PAGE_SIZE + 1}–62 van 62`);
    expect(screen.getByText(store.assessment.document!.preparation.indicators.at(-1)!.name)).toBeTruthy();
  }, 120_000);

  it("measurements: the series of an indicator measured before its baseline, on the series list's second page", async () => {
    const { store } = await renderWithDocument(<Wizard />);
    store.assessment.edit('many', (d) => {
      d.context.phase = 'implementation';
      indicators(d, 70);
      d.implementation.measurements = [
        { id: 'm1', indicatorId: 'i60', date: '2020-03-01', value: 40, source: 'CBS', note: '', comparison: null },
      ];
    });
    store.wizard.go('measurements');
    const user = userEvent.setup();
    await screen.findByRole('navigation', { name: 'Bladeren door Meetreeksen per indicator' });
    expect(status('Meetreeksen per indicator')).toBe('1–50 van 70');
    await user.click(await finding(/Meetpunt 060/));
    expect(status('Meetreeksen per indicator')).toBe('51–70 van 70');
    expect(document.activeElement?.textContent).toMatch(/^Meetpunt 060/);
    expect(document.activeElement?.tagName).toBe('SUMMARY');
  }, 120_000);

  it('adjustments: a change still to explain on page 2 of the changes', async () => {
    const { store } = await renderWithDocument(<Wizard />);
    store.assessment.edit('frozen, then 60 effects added', (d) => {
      d.context.phase = 'implementation';
      d.preparation.options = [PolicyOption.parse({ id: 'opt1', name: 'Banenplan' })];
      d.implementation.frozen = freezeRecord(JSON.parse(JSON.stringify(d)), { by: 'Beleidsmedewerker', at: '2026-01-05T10:00:00.000Z' });
      d.preparation.effects = Array.from({ length: 60 }, (_, i) =>
        Effect.parse({ id: `e${i + 1}`, optionId: 'opt1', theme: 'wonen', direction: 1 }),
      );
    });
    store.wizard.go('adjustments');
    const changes = 'Gewijzigde verwachtingen zonder besluit';
    await screen.findByRole('navigation', { name: `Bladeren door ${changes}` });
    expect(status(changes)).toBe('1–50 van 60');
    const user = userEvent.setup();
    // The findings panel pages too: its link to this change is on its second page.
    const panel = screen.getByRole('complementary');
    const link = () =>
      within(panel)
        .queryAllByRole('link')
        .find((a) => a.getAttribute('href') === '#s-change-e55');
    expect(link()).toBeUndefined();
    await user.click(within(panel).getByRole('button', { name: 'Laatste pagina' }));
    await user.click(link()!);
    expect(status(changes)).toBe('51–60 van 60');
    expect(document.activeElement?.closest('li')?.id).toBe('s-change-e55');
  }, 120_000);

  it('results and expected versus realised: the field on a later page is focused', async () => {
    const { store } = await renderWithDocument(<Wizard />);
    store.assessment.edit('evaluation', (d) => {
      d.context.phase = 'evaluation';
      indicators(d, 30);
      d.preparation.options = [PolicyOption.parse({ id: 'opt1', name: 'Banenplan' })];
      d.preparation.preferredOptionId = 'opt1';
      d.preparation.effects = Array.from({ length: 60 }, (_, i) =>
        Effect.parse({ id: `e${i + 1}`, optionId: 'opt1', theme: 'wonen', direction: 1 }),
      );
      d.evaluation.realisedEffects = [RealisedEffect.parse({ effectId: 'e55', direction: 1 })];
    });
    const user = userEvent.setup();
    store.wizard.go('results');
    await screen.findByRole('navigation', { name: 'Bladeren door Resultaten' });
    expect(status('Resultaten')).toBe(`1–${RESULTS_PAGE_SIZE} van 30`);
    // What the findings panel does with a finding on a result (its field, by its id).
    store.wizard.go('results', 'f-i27-final');
    await screen.findByText(`26–30 van 30`);
    expect(document.activeElement).toBe(screen.getByLabelText(`Eindwaarde voor ${name(27)}`));

    await user.click(await finding(/gerealiseerde effect op Wonen heeft geen onderbouwing/));
    expect(store.wizard.step).toBe('expected-realised');
    expect(status('Verwacht en gerealiseerd')).toBe('51–60 van 60');
    expect(document.activeElement?.id).toBe('f-e55-evidence');
  }, 120_000);
});
