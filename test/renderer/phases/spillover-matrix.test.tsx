// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { SpilloversStep } from '../../../renderer/phases/preparation/spillovers-step';
import { renderWithDocument } from '../render-app';

afterEach(cleanup);

describe('cross-domain effects: list and matrix', () => {
  it('adds links with the keyboard and shows them in the matrix, negative ones marked in text', async () => {
    const { store } = await renderWithDocument(<SpilloversStep />);
    const user = userEvent.setup();
    expect(screen.queryByRole('table')).toBeNull();

    screen.getByLabelText('Van thema').focus();
    await user.selectOptions(screen.getByLabelText('Van thema'), 'Economisch kapitaal');
    await user.selectOptions(screen.getByLabelText('Naar thema'), 'Milieu');
    await user.tab();
    expect(document.activeElement).toBe(screen.getAllByRole('button', { name: 'Verband toevoegen' })[0]);
    await user.keyboard('{Enter}');
    await user.selectOptions(screen.getByLabelText('Teken (Economisch kapitaal → Milieu)'), 'negatief (schaadt)');
    await user.selectOptions(screen.getByLabelText('Sterkte (Economisch kapitaal → Milieu)'), '3 sterk');

    await user.selectOptions(screen.getByLabelText('Van thema'), 'Arbeid en vrije tijd');
    await user.selectOptions(screen.getByLabelText('Naar thema'), 'Milieu');
    await user.click(screen.getAllByRole('button', { name: 'Verband toevoegen' })[0]!);

    const matrix = screen.getByRole('table', { name: 'Matrix van effecten tussen domeinen (rij: van, kolom: naar)' });
    const row = (name: string) => within(matrix).getByRole('rowheader', { name }).closest('tr')!;
    const cols = within(matrix)
      .getAllByRole('columnheader')
      .map((c) => c.textContent);
    // The first column is the row header (an empty corner cell above it is not a column header).
    const milieu = cols.indexOf('Milieu') + 1;
    expect(row('Economisch kapitaal').children[milieu]!.textContent).toBe('▼ −3');
    expect(row('Arbeid en vrije tijd').children[milieu]!.textContent).toBe('▲ +2');
    expect(store.assessment.document!.preparation.spillovers.map((s) => [s.from, s.to, s.sign, s.strength])).toEqual([
      ['economisch-kapitaal', 'milieu', 'negative', 3],
      ['arbeid-en-vrije-tijd', 'milieu', 'positive', 2],
    ]);
    expect(screen.getByText(/▼ negatief/)).toBeTruthy();
  });

  it('removes a link and sums several links between the same themes', async () => {
    const { store } = await renderWithDocument(<SpilloversStep />);
    const user = userEvent.setup();
    await user.click(screen.getAllByRole('button', { name: 'Verband toevoegen' })[0]!);
    await user.click(screen.getAllByRole('button', { name: 'Verband toevoegen' })[0]!);
    const matrix = () => screen.getByRole('table', { name: /Matrix/ });
    expect(within(matrix()).getByText('▲ +4')).toBeTruthy();
    await user.click(screen.getAllByRole('button', { name: 'Verband Arbeid en vrije tijd → Gezondheid verwijderen' })[0]!);
    expect(within(matrix()).getByText('▲ +2')).toBeTruthy();
    expect(store.assessment.document!.preparation.spillovers).toHaveLength(1);
  });
});
