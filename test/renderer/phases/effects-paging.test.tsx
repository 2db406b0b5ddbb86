// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { EFFECTS_PAGE_SIZE, EffectsStep } from '../../../renderer/phases/preparation/effects-step';
import { emptyEffect } from '../../../shared/model/items';
import { renderWithDocument } from '../render-app';

afterEach(cleanup);

const direction = (n: number) => `Richting voor ${n === 1 ? 'Wonen' : `Wonen, effect ${n}`}`;

describe('many effects on one theme', () => {
  it('pages the grid as a whole, 40 rows at a time by keyboard; a new entry and a pointed-at field show their page', async () => {
    const { store } = await renderWithDocument(<EffectsStep />);
    store.assessment.edit('many', (d) => {
      for (let i = 1; i <= 60; i++) d.preparation.effects.push({ ...emptyEffect(`eff-w-${i}`, 'option-proposal', 'wonen'), direction: 1 });
    });
    expect(EFFECTS_PAGE_SIZE).toBe(40);
    const user = userEvent.setup();
    // 14 themes: four before Wonen (one empty row each), 60 entries on Wonen, nine after it.
    const pager = await screen.findByRole('navigation', { name: /^Bladeren door de effecten van / });
    const status = () => pager.querySelector('[role="status"]')!.textContent;
    expect(status()).toBe('1–40 van 73');
    expect(screen.getByLabelText('Richting voor Welzijn')).toBeTruthy();
    expect(screen.getByLabelText(direction(36))).toBeTruthy();
    expect(screen.queryByLabelText(direction(37))).toBeNull();
    expect(screen.queryByLabelText('Richting voor Veiligheid')).toBeNull();

    screen.getByRole('button', { name: 'Volgende 40' }).focus();
    await user.keyboard('{Enter}');
    expect(status()).toBe('41–73 van 73');
    expect(screen.getByLabelText(direction(37))).toBeTruthy();
    expect(screen.getByLabelText('Richting voor Veiligheid')).toBeTruthy();
    expect(screen.queryByLabelText('Richting voor Welzijn')).toBeNull();
    await user.selectOptions(screen.getByLabelText(direction(50)), '−1 negatief');
    expect(store.assessment.document!.preparation.effects.find((e) => e.id === 'eff-w-50')!.direction).toBe(-1);
    await user.click(screen.getByRole('button', { name: '+ Nog een effect op Wonen' }));
    expect(store.assessment.document!.preparation.effects.filter((e) => e.theme === 'wonen')).toHaveLength(61);
    expect(await screen.findByLabelText(direction(61))).toBeTruthy();
    expect(status()).toBe('41–74 van 74');
    store.wizard.consumeFocus();

    // A field pointed at on another page (a finding's target): the grid shows that page.
    store.wizard.focusLater('f-eff-w-3-direction');
    expect(await screen.findByLabelText(direction(3))).toBeTruthy();
    expect(status()).toBe('1–40 van 74');
    store.wizard.consumeFocus();

    // Every entry is still there, with what was chosen.
    expect((screen.getByLabelText(direction(1)) as HTMLSelectElement).value).toBe('1');
    screen.getByRole('button', { name: 'Volgende 40' }).focus();
    await user.keyboard('{Enter}');
    expect((screen.getByLabelText(direction(50)) as HTMLSelectElement).value).toBe('-1');
    // jsdom renders 40 rows of 7 selects slowly on a busy machine: a generous limit, no timing asserted.
  }, 300_000);
});
