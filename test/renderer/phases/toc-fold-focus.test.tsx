// @vitest-environment jsdom
/**
 * A finding that points into a fold of the theory of change (issue 17: the lists of indicators,
 * perceived outcomes and effects are made only when their fold opens) still lands on its field:
 * the fold opens and the list's first control has the focus. A finding elsewhere in the step
 * leaves the fold closed.
 */
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { TheoryStep } from '../../../renderer/phases/preparation/theory-step';
import { StepFrame } from '../../../renderer/wizard/step-frame';
import { I18nProvider } from '../../../renderer/i18n';
import { StoreContext } from '../../../renderer/stores/context';
import { Indicator } from '../../../shared/model/document';
import { renderWithDocument } from '../render-app';

afterEach(cleanup);

async function theoryWith(focus: string) {
  const { store, view } = await renderWithDocument(<p>…</p>);
  store.assessment.edit('setup', (d) => {
    d.preparation.indicators = Array.from({ length: 40 }, (_, i) =>
      Indicator.parse({ id: `ind-${i}`, name: `Indicator ${i}`, theme: 'welzijn', goodDirection: 'up', kind: 'objective' }),
    );
    d.preparation.theoryOfChange.outcomes = [
      { id: 'uit1', text: 'Meer mensen aan het werk', assumption: '', indicatorIds: [] },
      { id: 'uit2', text: 'Minder schulden', assumption: '', indicatorIds: ['ind-3'] },
    ];
  });
  store.wizard.go('theory', focus);
  view.rerender(
    <I18nProvider language="nl">
      <StoreContext.Provider value={store}>
        <StepFrame step="theory">
          <TheoryStep />
        </StepFrame>
      </StoreContext.Provider>
    </I18nProvider>,
  );
  return store;
}

describe('a finding inside a fold of the theory of change', () => {
  it("opens the fold and focuses the list the finding points at (an outcome's indicators)", async () => {
    await theoryWith('f-uit1-indicatorIds');
    const group = await screen.findByRole('group', { name: 'Uitkomsten (outcome) 1: indicatoren die dit laten zien' });
    expect(group.closest('details')!.open).toBe(true);
    expect(group.contains(document.activeElement)).toBe(true);
    expect(document.activeElement).toBe(screen.getByRole('searchbox', { name: /^Zoeken in: Uitkomsten \(outcome\) 1: indicatoren/ }));
    // The other outcome's fold stays closed and unmade.
    expect(screen.queryByRole('group', { name: 'Uitkomsten (outcome) 2: indicatoren die dit laten zien' })).toBeNull();
  });

  it("leaves the folds closed for a field outside them (the outcome's own text)", async () => {
    await theoryWith('f-uit2-text');
    expect(document.activeElement).toBe(screen.getByLabelText('Uitkomsten (outcome) 2'));
    expect(screen.queryByRole('group', { name: /indicatoren die dit laten zien$/ })).toBeNull();
    expect(document.getElementById('s-uit2-measured')!.textContent).toContain('1 gekoppeld');
  });
});
