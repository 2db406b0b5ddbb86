// @vitest-environment jsdom
/**
 * The measurement series with many indicators (issue 17): 50 folds at a time, every one reachable with the
 * pager's buttons (keyboard), and a fold's measurements made when it opens.
 */
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { SERIES_PAGE_SIZE, Series } from '../../../renderer/phases/implementation/measurements/series';
import { Indicator } from '../../../shared/model/document';
import { renderWithDocument } from '../render-app';

afterEach(cleanup);

describe('the series of 120 indicators', () => {
  it('shows 50 at a time; the next page by keyboard; a series opens to its measurements', async () => {
    const { store } = await renderWithDocument(<Series />);
    store.assessment.edit('many', (d) => {
      for (let i = 1; i <= 120; i++)
        d.preparation.indicators.push(
          Indicator.parse({ id: `i${i}`, name: `Indicator ${i}`, theme: 'wonen', goodDirection: 'up', kind: 'objective' }),
        );
      d.implementation.measurements.push({
        id: 'm1',
        indicatorId: 'i77',
        date: '2025-01-31',
        value: 4,
        source: 'CBS',
        note: '',
        comparison: null,
      });
    });
    expect(SERIES_PAGE_SIZE).toBe(50);
    const user = userEvent.setup();
    const pager = await screen.findByRole('navigation', { name: 'Bladeren door Meetreeksen per indicator' });
    const status = () => pager.querySelector('[role="status"]')!.textContent;
    expect(status()).toBe('1–50 van 120');
    expect(document.querySelectorAll('.series-list > li')).toHaveLength(50);
    expect(screen.queryByText(/^Indicator 77:/)).toBeNull();
    screen.getByRole('button', { name: 'Volgende 50' }).focus();
    await user.keyboard('{Enter}');
    expect(status()).toBe('51–100 van 120');
    await user.click(screen.getByText('Indicator 77: 1 meting'));
    expect((screen.getByLabelText('Bron van de meting van 2025-01-31 (Indicator 77)') as HTMLInputElement).value).toBe('CBS');
  });
});
