// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { usePage } from '../../../renderer/components/pager';
import { renderWithDocument } from '../render-app';

afterEach(cleanup);

const items = Array.from({ length: 450 }, (_, i) => `Indicator ${i + 1}`);

function Probe() {
  const { visible, pager } = usePage(items, 'indicatoren');
  return (
    <main>
      <ul>
        {visible.map((v) => (
          <li key={v}>{v}</li>
        ))}
      </ul>
      {pager}
    </main>
  );
}

describe('paging a long list', () => {
  it('shows 200 rows at a time and pages by keyboard, announcing the range', async () => {
    await renderWithDocument(<Probe />);
    const user = userEvent.setup();
    expect(screen.getAllByRole('listitem')).toHaveLength(200);
    expect(screen.getByRole('status').textContent).toBe('1–200 van 450');
    expect(screen.getByRole('button', { name: 'Vorige 200' })).toHaveProperty('disabled', true);
    screen.getByRole('button', { name: 'Volgende 200' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('status').textContent).toBe('201–400 van 450');
    expect(screen.getByText('Indicator 201')).toBeTruthy();
    await user.keyboard('{Enter}');
    expect(screen.getAllByRole('listitem')).toHaveLength(50);
    expect(screen.getByRole('button', { name: 'Volgende 200' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('navigation', { name: 'Bladeren door indicatoren' })).toBeTruthy();
    const result = await axe.run(document.body, { rules: { region: { enabled: false } } });
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });

  it('shows no controls when everything fits', async () => {
    function Short() {
      const { visible, pager } = usePage(items.slice(0, 20), 'indicatoren');
      return (
        <div>
          {visible.length}
          {pager}
        </div>
      );
    }
    await renderWithDocument(<Short />);
    expect(screen.queryByRole('navigation')).toBeNull();
  });
});
