// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { EffectsStep } from '../../../renderer/phases/preparation/effects-step';
import { renderWithDocument } from '../render-app';

afterEach(cleanup);

describe('the expected-effects grid', () => {
  it('has a row per theme, grouped by dimension, with labelled cells', async () => {
    await renderWithDocument(<EffectsStep />);
    const grid = screen.getByRole('table', { name: 'Verwachte effecten van "Voorstel" per thema (t.o.v. de nuloptie)' });
    // 14 themes plus the three dimension headers that group them.
    expect(within(grid).getAllByRole('rowheader')).toHaveLength(17);
    for (const column of ['Richting', 'Waar', 'Duur']) expect(within(grid).getByRole('columnheader', { name: column })).toBeTruthy();
    for (const dim of ['Hier en nu', 'Later', 'Elders']) expect(within(grid).getByText(dim)).toBeTruthy();
    expect(screen.getByLabelText('Richting voor Welzijn')).toBeTruthy();
    expect(screen.getByLabelText('Zekerheid voor Milieu en grondstoffen')).toBeTruthy();
  });

  it('has a keyboard order along each row, then to the explanation', async () => {
    await renderWithDocument(<EffectsStep />);
    const user = userEvent.setup();
    screen.getByLabelText('Richting voor Welzijn').focus();
    for (const next of [
      'Zekerheid voor Welzijn',
      'Wanneer voor Welzijn',
      'Niveau voor Welzijn',
      'Schaal voor Welzijn',
      'Waar voor Welzijn',
      'Duur voor Welzijn',
    ]) {
      await user.tab();
      expect(document.activeElement).toBe(screen.getByLabelText(next));
    }
    await user.tab();
    expect(document.activeElement).toBe(screen.getByText('Toelichting bij Welzijn'));
    // (jsdom does not hide the content of a closed <details>; Tab past it is tested in Chromium.)
  });

  it('creates an effect on the first edit only, with a stable id, and keeps options apart', async () => {
    const { store } = await renderWithDocument(<EffectsStep />);
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Richting voor Wonen'), '−1 negatief');
    await user.selectOptions(screen.getByLabelText('Wanneer voor Wonen'), 'na meer dan 5 jaar');
    expect(store.assessment.document!.preparation.effects).toEqual([
      expect.objectContaining({ id: 'eff-option-proposal-wonen', direction: -1, lag: 'long' }),
    ]);
    await user.selectOptions(screen.getByLabelText('Effecten van optie'), 'Nuloptie (niets doen)');
    expect((screen.getByLabelText('Richting voor Wonen') as HTMLSelectElement).value).toBe('');
    await user.selectOptions(screen.getByLabelText('Richting voor Wonen'), '0 geen effect');
    expect(store.assessment.document!.preparation.effects.map((e) => [e.optionId, e.direction])).toEqual([
      ['option-proposal', -1],
      ['option-zero', 0],
    ]);
  });

  it('marks a negative effect in text as well as colour, and renders the explanation when it is opened', async () => {
    const { store } = await renderWithDocument(<EffectsStep />);
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Richting voor Veiligheid'), '−2 sterk negatief');
    expect((screen.getByLabelText('Richting voor Veiligheid') as HTMLSelectElement).selectedOptions[0]!.textContent).toBe(
      '−2 sterk negatief',
    );
    // The explanation is rendered only when opened (Enter on the summary is tested in Chromium).
    expect(screen.queryByLabelText('Wie gaat erop achteruit (Veiligheid)')).toBeNull();
    await user.click(screen.getByText('Toelichting bij Veiligheid'));
    await user.type(screen.getByLabelText('Wie gaat erop achteruit (Veiligheid)'), 'Omwonenden');
    expect(store.assessment.document!.preparation.effects[0]!.loses).toBe('Omwonenden');
  });

  it('adds a second effect on a theme with its own id, where and groups, and removes it again', async () => {
    const { store } = await renderWithDocument(<EffectsStep />);
    const user = userEvent.setup();
    // Before the first edit there is no entry yet, so nothing to add to.
    expect(screen.queryByRole('button', { name: '+ Nog een effect op Wonen' })).toBeNull();
    await user.selectOptions(screen.getByLabelText('Richting voor Wonen'), '+1 positief');
    await user.click(screen.getByRole('button', { name: '+ Nog een effect op Wonen' }));
    await user.selectOptions(screen.getByLabelText('Richting voor Wonen, effect 2'), '−1 negatief');
    await user.selectOptions(screen.getByLabelText('Waar voor Wonen, effect 2'), 'buurgemeenten en regio');
    await user.click(screen.getByText('Toelichting bij Wonen, effect 2'));
    await user.click(screen.getByRole('checkbox', { name: /^laagste 20 % inkomens/ }));
    const effects = () => store.assessment.document!.preparation.effects.filter((e) => e.theme === 'wonen');
    expect(effects()).toEqual([
      expect.objectContaining({ id: 'eff-option-proposal-wonen', direction: 1, where: 'area', groups: [] }),
      expect.objectContaining({ direction: -1, where: 'region', groups: ['income-low'] }),
    ]);
    expect(effects()[1]!.id).not.toBe(effects()[0]!.id);
    await user.click(screen.getByRole('button', { name: 'Effect 2 op Wonen verwijderen' }));
    expect(effects()).toHaveLength(1);
  });

  it('shows the zero option as the reference: direction, confidence and the expected development only', async () => {
    const { store } = await renderWithDocument(<EffectsStep />);
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Effecten van optie'), 'Nuloptie (niets doen)');
    expect(screen.getByText(/De nuloptie is de referentie/)).toBeTruthy();
    expect(screen.queryByLabelText('Waar voor Wonen')).toBeNull();
    await user.type(screen.getByLabelText('Verwachte ontwikkeling zonder nieuw beleid (Wonen)'), 'Veroudering zet door.');
    expect(store.assessment.document!.preparation.effects).toEqual([
      expect.objectContaining({ optionId: 'option-zero', theme: 'wonen', rationale: 'Veroudering zet door.' }),
    ]);
  });
});
