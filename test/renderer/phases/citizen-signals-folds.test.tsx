// @vitest-environment jsdom
/**
 * The citizen signals as folds (issue 17): a signal's fields are made only when its fold opens; its summary
 * says the date, the source and what was noticed; a new signal opens with the focus on its date; a field
 * pointed at (a finding's target) opens its fold and gets the focus. Fails when a fold does not open.
 */
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { CitizenSignalsStep } from '../../../renderer/phases/implementation/citizen-signals-step';
import { StepFrame } from '../../../renderer/wizard/step-frame';
import { I18nProvider } from '../../../renderer/i18n';
import { StoreContext } from '../../../renderer/stores/context';
import { renderWithDocument } from '../render-app';

afterEach(cleanup);

async function signals(focus: string | null = null) {
  const { store, view } = await renderWithDocument(<p>…</p>);
  store.assessment.edit('setup', (d) => {
    d.context.phase = 'implementation';
    d.implementation.citizenSignals = Array.from({ length: 3 }, (_, i) => ({
      id: `cs-${i}`,
      date: '2025-05-01',
      source: 'Wijkgesprek',
      observation: `Minder overlast ${i}`,
      by: 'Wijkteam',
      theme: null,
    }));
  });
  store.wizard.go('citizen-signals', focus);
  view.rerender(
    <I18nProvider language="nl">
      <StoreContext.Provider value={store}>
        <StepFrame step="citizen-signals">
          <CitizenSignalsStep />
        </StepFrame>
      </StoreContext.Provider>
    </I18nProvider>,
  );
  return store;
}

describe('the citizen signals as folds', () => {
  it('shows each signal as a closed fold with date, source and what was noticed; its fields come when opened', async () => {
    await signals();
    const summary = screen.getByText(/^Signaal 2: 01-05-2025, Wijkgesprek/);
    expect(summary.closest('summary')!.textContent).toContain('Minder overlast 1');
    expect(screen.queryByLabelText(/^Wat werd opgemerkt/)).toBeNull();
    await userEvent.setup().click(summary);
    expect((screen.getByLabelText('Wat werd opgemerkt (Signaal 2)') as HTMLTextAreaElement).value).toBe('Minder overlast 1');
  });

  it("opens the fold of a field pointed at and focuses it (a finding's target)", async () => {
    await signals('f-cs-2-observation');
    expect(document.activeElement).toBe(screen.getByLabelText('Wat werd opgemerkt (Signaal 3)'));
    expect(screen.queryByLabelText('Wat werd opgemerkt (Signaal 1)')).toBeNull();
  });

  it('opens a new signal with the focus on its date', async () => {
    const store = await signals();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Signaal van inwoners toevoegen' }));
    expect(store.assessment.document!.implementation.citizenSignals).toHaveLength(4);
    expect(document.activeElement).toBe(screen.getByLabelText(/^Datum \(Signaal 4\)/));
  });
});
