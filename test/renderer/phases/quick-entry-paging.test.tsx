// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { QuickEntry } from '../../../renderer/phases/implementation/measurements/quick-entry';
import { Indicator } from '../../../shared/model/document';
import { renderWithDocument } from '../render-app';

afterEach(cleanup);

const name = (n: number) => `Indicator ${n}`;
const field = (n: number) => screen.queryByLabelText(`Nieuwe waarde voor ${name(n)}`) as HTMLInputElement | null;

describe('quick entry with many indicators', () => {
  it('shows 50 at a time, keeps what is typed on other pages, and adds the values of every page', async () => {
    const { store } = await renderWithDocument(<QuickEntry />);
    store.assessment.edit('many', (d) => {
      for (let i = 1; i <= 120; i++)
        d.preparation.indicators.push(
          Indicator.parse({ id: `i${i}`, name: name(i), theme: 'wonen', goodDirection: 'up', kind: 'objective' }),
        );
    });
    const user = userEvent.setup();
    const pager = await screen.findByRole('navigation', { name: 'Bladeren door Invoer per meetmoment' });
    const status = () => pager.querySelector('[role="status"]')!.textContent;
    expect(status()).toBe('1–50 van 120');
    expect(field(50)).toBeTruthy();
    expect(field(51)).toBeNull();

    await user.type(screen.getByLabelText('Datum van het meetmoment'), '1-3-2026');
    await user.type(field(2)!, '12,5');
    screen.getByRole('button', { name: 'Volgende 50' }).focus();
    await user.keyboard('{Enter}');
    expect(status()).toBe('51–100 van 120');
    await user.type(field(60)!, 'veel');
    await user.click(screen.getByRole('button', { name: 'Volgende 50' }));
    await user.type(field(120)!, '7');
    // Back to the first page: what was typed there is still there.
    await user.click(screen.getByRole('button', { name: 'Vorige 50' }));
    await user.click(screen.getByRole('button', { name: 'Vorige 50' }));
    expect(field(2)!.value).toBe('12,5');

    await user.click(screen.getByRole('button', { name: 'Metingen toevoegen' }));
    const added = store.assessment.document!.implementation.measurements.map((m) => [m.indicatorId, m.value, m.date]);
    expect(added).toEqual([
      ['i2', 12.5, '2026-03-01'],
      ['i120', 7, '2026-03-01'],
    ]);
    // The bad value waits on its own page, which is shown, marked and kept; the added ones are cleared.
    expect(status()).toBe('51–100 van 120');
    expect(field(60)!.value).toBe('veel');
    expect(field(60)!.getAttribute('aria-invalid')).toBe('true');
    await user.click(screen.getByRole('button', { name: 'Volgende 50' }));
    expect(field(120)!.value).toBe('');
    const result = await axe.run(document.body, { rules: { region: { enabled: false } } });
    expect(result.violations.map((v) => v.id)).toEqual([]);
  }, 120_000);

  it('a page chosen by number with Enter turns the page and does not send the form', async () => {
    const { store } = await renderWithDocument(<QuickEntry />);
    store.assessment.edit('many', (d) => {
      for (let i = 1; i <= 120; i++)
        d.preparation.indicators.push(
          Indicator.parse({ id: `i${i}`, name: name(i), theme: 'wonen', goodDirection: 'up', kind: 'objective' }),
        );
    });
    const user = userEvent.setup();
    const pager = await screen.findByRole('navigation', { name: 'Bladeren door Invoer per meetmoment' });
    await user.type(field(3)!, '4');
    const page = within(pager).getByRole('textbox', { name: 'Pagina (1 t/m 3)' });
    await user.clear(page);
    await user.type(page, '3{Enter}');
    expect(within(pager).getByRole('status').textContent).toBe('101–120 van 120');
    // Sent, the form would have said the date is missing.
    expect(screen.queryByText('Vul de datum van het meetmoment in.')).toBeNull();
    expect(store.assessment.document!.implementation.measurements).toEqual([]);
  }, 120_000);
});
