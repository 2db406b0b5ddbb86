// @vitest-environment jsdom
/**
 * The choice view in English (the e2e spec covers Dutch and the keyboard in a real browser): two
 * windows over the real backend change the same field; the view names the field as the user
 * knows it, shows both values in words, can wait (the toolbar notice reopens it) and applies the choice.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { I18nProvider, loadMessages } from '../../../renderer/i18n';
import { StoreContext } from '../../../renderer/stores/context';
import { RootStore } from '../../../renderer/stores/root-store';
import { ConflictChoice, ConflictNotice } from '../../../renderer/wizard/conflict-choice';
import { messages } from '../../../shared/i18n';
import type { Effect } from '../../../shared/model/document';
import { emptyEffect } from '../../../shared/model/items';
import { inProcessBackend } from '../render-app';

afterEach(cleanup);
beforeAll(() => {
  // jsdom has <dialog> but not its modal API.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
});

const effect: Effect = emptyEffect('eff-1', 'option-proposal', 'wonen');

async function conflictInEnglish() {
  const { backend } = await inProcessBackend();
  const { document } = await backend.workspaceCreate({ title: 'Housing plan', language: 'en' });
  const [theirs, mine] = [new RootStore(backend, () => undefined), new RootStore(backend, () => undefined)];
  await Promise.all([theirs.loadDocument(), mine.loadDocument(), loadMessages()]);
  onTestFinished(async () => {
    await theirs.assessment.flush();
    await mine.assessment.flush();
  });
  await theirs.assessment.open(document.id);
  theirs.assessment.edit('add', (d) => void d.preparation.effects.push(structuredClone(effect)));
  await theirs.assessment.save();
  await mine.assessment.open(document.id);
  theirs.assessment.edit('direction', (d) => void (d.preparation.effects[0]!.direction = 1));
  await theirs.assessment.save();
  mine.assessment.edit('direction', (d) => void (d.preparation.effects[0]!.direction = -1));
  mine.assessment.edit('problem', (d) => void (d.preparation.problem = 'Too few homes'));
  await mine.assessment.save();
  render(
    <I18nProvider language="en">
      <StoreContext.Provider value={mine}>
        <ConflictNotice />
        <ConflictChoice />
      </StoreContext.Provider>
    </I18nProvider>,
  );
  const onDisk = async () => (await backend.workspaceOpen({ id: document.id })).document;
  return { mine, onDisk };
}

describe('the choice view', () => {
  it('names the field and both values in English, waits when asked, and saves the value chosen', async () => {
    const { mine, onDisk } = await conflictInEnglish();
    const en = messages.en;
    // The disjoint part is saved already; the other value is in the document until the user chooses.
    expect((await onDisk()).preparation).toMatchObject({ problem: 'Too few homes', effects: [{ direction: 1 }] });

    const dialog = await screen.findByRole('dialog', { name: en.conflicts.title });
    const field = within(dialog).getByRole('group', { name: 'Effect of Proposal on Housing — direction' });
    const yours = within(field).getByRole('radio', { name: en.conflicts.mine });
    expect(yours).toBe(document.activeElement);
    expect(yours).toHaveProperty('checked', true);
    expect(document.getElementById(yours.getAttribute('aria-describedby')!)?.textContent).toBe(en.enums.direction['-1']);
    const other = within(field).getByRole('radio', { name: /^Value of the other edit/ });
    expect(document.getElementById(other.getAttribute('aria-describedby')!)?.textContent).toBe(en.enums.direction['1']);

    const user = userEvent.setup();
    await user.click(within(dialog).getByRole('button', { name: en.conflicts.later }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('status').textContent).toContain(en.conflicts.pendingOne);
    await user.click(screen.getByRole('button', { name: en.conflicts.choose }));

    const again = await screen.findByRole('dialog', { name: en.conflicts.title });
    await user.click(within(again).getByRole('button', { name: en.conflicts.allTheirs }));
    expect(within(again).getByRole('radio', { name: /^Value of the other edit/ })).toHaveProperty('checked', true);
    await user.click(within(again).getByRole('button', { name: en.conflicts.apply }));
    expect(screen.queryByRole('dialog')).toBeNull();
    await mine.assessment.flush();
    expect(mine.assessment.disk.choice).toBeNull();
    expect((await onDisk()).preparation.effects[0]!.direction).toBe(1);
  });
});
