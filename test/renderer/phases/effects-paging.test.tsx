// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { EffectsStep } from '../../../renderer/phases/preparation/effects-step';
import { emptyEffect } from '../../../shared/model/items';
import { renderWithDocument } from '../render-app';

afterEach(cleanup);

const direction = (n: number) => `Richting voor ${n === 1 ? 'Wonen' : `Wonen, effect ${n}`}`;

describe('many effects on one theme', () => {
  it('shows 20 at a time, pages by keyboard, and loses none; a new entry shows on its page', async () => {
    const { store } = await renderWithDocument(<EffectsStep />);
    store.assessment.edit('many', (d) => {
      for (let i = 1; i <= 25; i++) d.preparation.effects.push({ ...emptyEffect(`eff-w-${i}`, 'option-proposal', 'wonen'), direction: 1 });
    });
    const user = userEvent.setup();
    const pager = await screen.findByRole('navigation', { name: 'Bladeren door de effecten op Wonen' });
    const status = () => pager.querySelector('[role="status"]')!.textContent;
    expect(status()).toBe('1–20 van 25');
    expect(screen.getByLabelText(direction(20))).toBeTruthy();
    expect(screen.queryByLabelText(direction(21))).toBeNull();
    // The other themes keep their own single row.
    expect(screen.getByLabelText('Richting voor Welzijn')).toBeTruthy();

    screen.getByRole('button', { name: 'Volgende 20' }).focus();
    await user.keyboard('{Enter}');
    expect(status()).toBe('21–25 van 25');
    await user.selectOptions(screen.getByLabelText(direction(23)), '−1 negatief');
    expect(store.assessment.document!.preparation.effects.find((e) => e.id === 'eff-w-23')!.direction).toBe(-1);
    await user.click(screen.getByRole('button', { name: '+ Nog een effect op Wonen' }));
    expect(store.assessment.document!.preparation.effects.filter((e) => e.theme === 'wonen')).toHaveLength(26);
    expect(await screen.findByLabelText(direction(26))).toBeTruthy();
    expect(status()).toBe('21–26 van 26');

    // Back to the first page: every entry is still there, with what was chosen.
    screen.getByRole('button', { name: 'Vorige 20' }).focus();
    await user.keyboard('{Enter}');
    expect(status()).toBe('1–20 van 26');
    expect((screen.getByLabelText(direction(1)) as HTMLSelectElement).value).toBe('1');
    // jsdom renders 20 rows of 7 selects slowly on a busy machine: a generous limit, no timing asserted.
  }, 300_000);
});
