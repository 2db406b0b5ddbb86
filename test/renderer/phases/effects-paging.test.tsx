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
      for (let i = 1; i <= 45; i++) d.preparation.effects.push({ ...emptyEffect(`eff-w-${i}`, 'option-proposal', 'wonen'), direction: 1 });
    });
    const user = userEvent.setup();
    const pager = await screen.findByRole('navigation', { name: 'Bladeren door de effecten op Wonen' });
    expect(pager.querySelector('[role="status"]')!.textContent).toBe('1–20 van 45');
    expect(screen.getByLabelText(direction(20))).toBeTruthy();
    expect(screen.queryByLabelText(direction(21))).toBeNull();
    // The other themes keep their own single row.
    expect(screen.getByLabelText('Richting voor Welzijn')).toBeTruthy();

    screen.getByRole('button', { name: 'Volgende 20' }).focus();
    await user.keyboard('{Enter}');
    expect(pager.querySelector('[role="status"]')!.textContent).toBe('21–40 van 45');
    expect(screen.getByLabelText(direction(21))).toBeTruthy();
    await user.selectOptions(screen.getByLabelText(direction(33)), '−1 negatief');
    expect(store.assessment.document!.preparation.effects.find((e) => e.id === 'eff-w-33')!.direction).toBe(-1);

    screen.getByRole('button', { name: 'Volgende 20' }).focus();
    await user.keyboard('{Enter}');
    expect(pager.querySelector('[role="status"]')!.textContent).toBe('41–45 van 45');
    await user.click(screen.getByRole('button', { name: '+ Nog een effect op Wonen' }));
    expect(store.assessment.document!.preparation.effects.filter((e) => e.theme === 'wonen')).toHaveLength(46);
    expect(await screen.findByLabelText(direction(46))).toBeTruthy();

    // Back to the first page: every entry is still there, with what was chosen.
    screen.getByRole('button', { name: 'Vorige 20' }).focus();
    await user.keyboard('{Enter}');
    await user.keyboard('{Enter}');
    expect(pager.querySelector('[role="status"]')!.textContent).toBe('1–20 van 46');
    expect((screen.getByLabelText(direction(1)) as HTMLSelectElement).value).toBe('1');
    // jsdom renders 20 rows of 7 selects per page slowly on a busy machine: a generous limit, no timing asserted.
  }, 180_000);
});
