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
    const grid = screen.getByRole('table', { name: 'Verwachte effecten van "Voorstel" per thema' });
    // 14 themes plus the three dimension headers that group them.
    expect(within(grid).getAllByRole('rowheader')).toHaveLength(17);
    expect(within(grid).getByRole('columnheader', { name: 'Richting' })).toBeTruthy();
    for (const dim of ['Hier en nu', 'Later', 'Elders']) expect(within(grid).getByText(dim)).toBeTruthy();
    expect(screen.getByLabelText('Richting voor Welzijn')).toBeTruthy();
    expect(screen.getByLabelText('Zekerheid voor Milieu en grondstoffen')).toBeTruthy();
  });

  it('has a keyboard order along each row, then to the explanation', async () => {
    await renderWithDocument(<EffectsStep />);
    const user = userEvent.setup();
    screen.getByLabelText('Richting voor Welzijn').focus();
    for (const next of ['Zekerheid voor Welzijn', 'Wanneer voor Welzijn', 'Niveau voor Welzijn', 'Schaal voor Welzijn']) {
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
});
