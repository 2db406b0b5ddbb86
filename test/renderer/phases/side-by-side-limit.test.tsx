// @vitest-environment jsdom
/**
 * The overview of options side by side with many effects on one theme: a cell shows the first
 * CELL_LIMIT and says how many more there are and where they are. Real store over a temp workspace.
 */
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CELL_LIMIT, SideBySide } from '../../../renderer/phases/preparation/side-by-side';
import { Effect, PolicyOption } from '../../../shared/model/document';
import { renderWithDocument } from '../render-app';

afterEach(cleanup);

describe('the side-by-side overview with 14 effects of one option on one theme', () => {
  it('shows the first 10 in the cell and names how many more are only in the effects step', async () => {
    const { store } = await renderWithDocument(<SideBySide />);
    store.assessment.edit('many', (d) => {
      d.preparation.options = [PolicyOption.parse({ id: 'opt1', name: 'Banenplan' })];
      d.preparation.effects = Array.from({ length: 14 }, (_, i) =>
        Effect.parse({ id: `e${i + 1}`, optionId: 'opt1', theme: 'wonen', direction: 1 }),
      );
    });
    const table = await screen.findByRole('table');
    const row = within(table).getByRole('row', { name: /^Wonen/ });
    const cell = within(row).getAllByRole('cell').at(-1)!;
    const items = within(cell).getAllByRole('listitem');
    expect(items).toHaveLength(CELL_LIMIT + 1);
    expect(items[0]!.textContent).toBe('De eerste 10 effecten; 4 effecten staan alleen in de stap Verwachte effecten.');
  }, 60_000);
});
