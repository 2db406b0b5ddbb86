// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { TheoryStep } from '../../../renderer/phases/preparation/theory-step';
import { MAX_MATCHES } from '../../../renderer/components/long-checks';
import { Indicator } from '../../../shared/model/document';
import { renderWithDocument } from '../render-app';

afterEach(cleanup);

const indicator = (n: number): Indicator =>
  Indicator.parse({
    id: `ind-${n}`,
    name: `Indicator ${String(n).padStart(3, '0')}`,
    theme: 'welzijn',
    goodDirection: 'up',
    kind: 'objective',
  });

describe("an outcome's list of 100 indicators", () => {
  it('shows the ticked ones and a search over the rest; ticking and unticking by keyboard reach the document', async () => {
    const { store } = await renderWithDocument(<TheoryStep />);
    store.assessment.edit('many', (d) => {
      d.preparation.indicators = Array.from({ length: 100 }, (_, i) => indicator(i + 1));
      d.preparation.theoryOfChange.outcomes = [{ id: 'uit1', text: 'Meer mensen aan het werk', assumption: '', indicatorIds: ['ind-100'] }];
    });
    const outcome = () => store.assessment.document!.preparation.theoryOfChange.outcomes[0]!;
    const user = userEvent.setup();
    // The lists are in a fold, made when opened: the summary says nothing is linked but the one indicator.
    const fold = await screen.findByText(/^Indicatoren, ervaren uitkomsten en effecten bij Uitkomsten \(outcome\) 1/);
    expect(fold.textContent).toContain('1 gekoppeld');
    expect(screen.queryByRole('group', { name: 'Uitkomsten (outcome) 1: indicatoren die dit laten zien' })).toBeNull();
    // (Enter on the summary is tested in Chromium.)
    await user.click(fold);
    const group = await screen.findByRole('group', { name: 'Uitkomsten (outcome) 1: indicatoren die dit laten zien' });
    const boxes = () => within(group).queryAllByRole('checkbox');
    const status = () => within(group).getByRole('status').textContent;
    const box = (name: string) => within(group).getByRole('checkbox', { name: new RegExp(`^${name}\\W`) });

    // The ticked one (last in the list) and the first 20 others.
    expect(boxes()).toHaveLength(MAX_MATCHES + 1);
    expect(box('Indicator 100')).toHaveProperty('checked', true);
    expect(status()).toBe(`${MAX_MATCHES + 1} van 100 getoond`);
    expect(within(group).queryByRole('checkbox', { name: /^Indicator 055\W/ })).toBeNull();

    // Search: ten match, the ticked one stays.
    const search = within(group).getByRole('searchbox', { name: /^Zoeken in: Uitkomsten \(outcome\) 1: indicatoren/ });
    await user.click(search);
    await user.keyboard('indicator 05');
    expect(status()).toBe('10 van 10 getoond');
    expect(boxes()).toHaveLength(11);

    // Tick one by keyboard: it is saved in the document and keeps the focus.
    box('Indicator 055').focus();
    await user.keyboard(' ');
    expect(outcome().indicatorIds).toEqual(['ind-100', 'ind-55']);
    expect(document.activeElement).toBe(box('Indicator 055'));
    expect(status()).toBe('10 van 10 getoond');
    expect(box('Indicator 055')).toHaveProperty('checked', true);

    // Nothing found says so; clearing the search shows both ticked ones and the first 20 others again.
    await user.clear(search);
    await user.type(search, 'zzz');
    expect(status()).toBe('Niets gevonden voor "zzz".');
    expect(boxes()).toHaveLength(2);
    await user.clear(search);
    expect(status()).toBe(`${MAX_MATCHES + 2} van 100 getoond`);
    expect(boxes()).toHaveLength(MAX_MATCHES + 2);

    // Untick by keyboard: the box stays (focus too) until the search changes, the document drops the link.
    box('Indicator 100').focus();
    await user.keyboard(' ');
    expect(outcome().indicatorIds).toEqual(['ind-55']);
    expect(document.activeElement).toBe(box('Indicator 100'));
    expect(status()).toBe(`${MAX_MATCHES + 2} van 100 getoond`);
    await user.type(search, '100');
    expect(status()).toBe('1 van 1 getoond');
    expect(box('Indicator 100')).toHaveProperty('checked', false);
  }, 120_000);
});
