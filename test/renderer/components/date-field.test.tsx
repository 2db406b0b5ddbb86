// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { observer } from 'mobx-react-lite';
import { afterEach, describe, expect, it } from 'vitest';
import { TextField } from '../../../renderer/components/fields';
import { useStore } from '../../../renderer/stores/context';
import { messages } from '../../../shared/i18n';
import { renderWithDocument } from '../render-app';

afterEach(cleanup);

const Probe = observer(function Probe() {
  const doc = useStore().assessment.document!;
  return (
    <TextField
      label="Startdatum"
      field="startDate"
      type="date"
      value={doc.context.startDate ?? ''}
      onChange={(d, v) => (d.context.startDate = v || null)}
    />
  );
});

async function setup(language: 'nl' | 'en') {
  const { store } = await renderWithDocument(<Probe />, 'Datumtest', language);
  return { store, input: await screen.findByLabelText('Startdatum'), user: userEvent.setup() };
}

const stored = (store: Awaited<ReturnType<typeof setup>>['store']) => store.assessment.document!.context.startDate;

describe('the date field', () => {
  it('shows and reads dates the Dutch way in the Dutch UI, whatever the browser locale', async () => {
    const { store, input, user } = await setup('nl');
    expect(input.getAttribute('type')).toBe('text');
    expect(input.getAttribute('placeholder')).toBe('dd-mm-jjjj');
    await user.type(input, '3-2-2012');
    expect(stored(store)).toBe('2012-02-03');
    await user.tab();
    expect(input).toHaveProperty('value', '03-02-2012');
    // Arrow keys move a day; a stored date from elsewhere is shown in Dutch.
    await user.click(input);
    await user.keyboard('{ArrowUp}');
    expect(stored(store)).toBe('2012-02-04');
    store.assessment.edit('elsewhere', (d) => void (d.context.startDate = '2020-12-31'));
    expect(await screen.findByDisplayValue('31-12-2020')).toBe(input);
  });

  it('refuses a date that does not exist with a message in words, and keeps the last good date', async () => {
    const { store, input, user } = await setup('nl');
    await user.type(input, '30-06-2025');
    await user.clear(input);
    await user.type(input, '31-02-2025');
    await user.tab();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toBe(messages.nl.dates.invalid.replace('{{text}}', '31-02-2025'));
    // "31-02-202" and shorter were never dates; the field was emptied before, so nothing is stored.
    expect(stored(store)).toBeNull();
    await user.clear(input);
    await user.type(input, '28-02-2025');
    expect(stored(store)).toBe('2025-02-28');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('writes dd/mm/yyyy in the English UI and accepts the stored form typed as is', async () => {
    const { store, input, user } = await setup('en');
    expect(input.getAttribute('placeholder')).toBe('dd/mm/yyyy');
    await user.type(input, '2012-03-12');
    expect(stored(store)).toBe('2012-03-12');
    await user.tab();
    expect(input).toHaveProperty('value', '12/03/2012');
  });
});
