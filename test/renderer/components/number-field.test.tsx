// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { observer } from 'mobx-react-lite';
import { afterEach, describe, expect, it } from 'vitest';
import { NumberField } from '../../../renderer/components/fields';
import { useStore } from '../../../renderer/stores/context';
import { messages } from '../../../shared/i18n';
import { Indicator, type AssessmentDocument } from '../../../shared/model/document';
import { renderWithDocument } from '../render-app';

afterEach(cleanup);

const baseline = (d: AssessmentDocument) => d.preparation.indicators[0]?.baseline?.value ?? null;
const setBaseline = (d: AssessmentDocument, v: number | null) =>
  void (d.preparation.indicators[0]!.baseline = v === null ? null : { value: v, year: 2024 });

const Probe = observer(function Probe() {
  const doc = useStore().assessment.document!;
  return <NumberField label="Nulmeting" field="baseline" itemId="i1" value={baseline(doc)} onChange={setBaseline} />;
});

async function setup(language: 'nl' | 'en') {
  const { store } = await renderWithDocument(<Probe />);
  store.assessment.edit('setup', (d) => {
    d.context.language = language;
    d.preparation.indicators.push(Indicator.parse({ id: 'i1', name: 'Woningen', theme: 'wonen', goodDirection: 'up', kind: 'objective' }));
  });
  return { store, input: await screen.findByLabelText('Nulmeting'), user: userEvent.setup() };
}

describe('the number field', () => {
  it('reads a Dutch document in Dutch notation, keeps what the user typed, and shows a wrong number without saving it', async () => {
    const { store, input, user } = await setup('nl');
    await user.type(input, '1.234,5');
    expect(baseline(store.assessment.document!)).toBe(1234.5);
    expect(input).toHaveProperty('value', '1.234,5');
    expect(screen.queryByText(messages.nl.fields.invalidNumber)).toBeNull();

    await user.clear(input);
    await user.type(input, '1.2.3');
    expect(input).toHaveProperty('value', '1.2.3');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(messages.nl.fields.invalidNumber)).toBeTruthy();
    // Every keystroke that still made a number was saved ("1"); the wrong ones after it were not.
    expect(baseline(store.assessment.document!)).toBe(1);
  });

  it('follows an outside change (undo, another field) when the typed text no longer means the stored value', async () => {
    const { store, input, user } = await setup('nl');
    await user.type(input, '12,50');
    expect(input).toHaveProperty('value', '12,50');
    store.assessment.edit('elsewhere', (d) => setBaseline(d, 7.25));
    expect(await screen.findByDisplayValue('7,25')).toBe(input);
    expect(input.getAttribute('aria-invalid')).toBeNull();
  });

  it('reads an English document in English notation: "1.234" is one point two three four', async () => {
    const { store, input, user } = await setup('en');
    await user.type(input, '1.234');
    expect(baseline(store.assessment.document!)).toBe(1.234);
    await user.clear(input);
    await user.type(input, '1,234.5');
    expect(baseline(store.assessment.document!)).toBe(1234.5);
  });
});
