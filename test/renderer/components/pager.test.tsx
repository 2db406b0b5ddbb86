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

  it('goes to the first and the last page and to a page by number; a page outside the range is refused with a message', async () => {
    await renderWithDocument(<Probe />);
    const user = userEvent.setup();
    const status = () => screen.getByRole('status').textContent;
    const field = screen.getByRole('textbox', { name: 'Pagina (1 t/m 3)' }) as HTMLInputElement;
    expect(field.value).toBe('1');
    expect(screen.getByRole('button', { name: 'Eerste pagina' })).toHaveProperty('disabled', true);
    screen.getByRole('button', { name: 'Laatste pagina' }).focus();
    await user.keyboard('{Enter}');
    expect(status()).toBe('401–450 van 450');
    expect(field.value).toBe('3');
    // The pressed button is disabled now: the focus waits in the page field.
    expect(document.activeElement).toBe(field);
    expect(screen.getByRole('button', { name: 'Laatste pagina' })).toHaveProperty('disabled', true);
    screen.getByRole('button', { name: 'Eerste pagina' }).focus();
    await user.keyboard('{Enter}');
    expect(status()).toBe('1–200 van 450');

    await user.clear(field);
    await user.type(field, '4{Enter}');
    expect(screen.getByRole('alert').textContent).toBe('Pagina "4" bestaat niet. Vul een nummer in van 1 tot en met 3.');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toBe(screen.getByRole('alert').id);
    expect(status()).toBe('1–200 van 450');
    await user.clear(field);
    await user.type(field, 'twee');
    await user.click(screen.getByRole('button', { name: 'Ga naar pagina' }));
    expect(screen.getByRole('alert').textContent).toBe('Pagina "twee" bestaat niet. Vul een nummer in van 1 tot en met 3.');
    // Paging by button: the field shows the new page's number, the message goes.
    await user.click(screen.getByRole('button', { name: 'Volgende 200' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(field.value).toBe('2');
    await user.click(screen.getByRole('button', { name: 'Vorige 200' }));
    expect(field.value).toBe('1');
    await user.clear(field);
    await user.type(field, ' 2 {Enter}');
    expect(status()).toBe('201–400 van 450');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(field.value).toBe('2');
    const result = await axe.run(document.body, { rules: { region: { enabled: false } } });
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });

  it('has English words', async () => {
    await renderWithDocument(<Probe />, 'Componenttest', 'en');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Last page' }, { timeout: 10_000 }));
    expect(screen.getByRole('status').textContent).toBe('401–450 of 450');
    const field = screen.getByRole('textbox', { name: 'Page (1 to 3)' });
    await user.clear(field);
    await user.type(field, '0{Enter}');
    expect(screen.getByRole('alert').textContent).toBe('There is no page "0". Enter a number from 1 to 3.');
    await user.click(screen.getByRole('button', { name: 'First page' }));
    expect(screen.getByRole('status').textContent).toBe('1–200 of 450');
    expect(screen.getByRole('button', { name: 'Go to page' })).toBeTruthy();
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
