// @vitest-environment jsdom
/**
 * The restore offer and the connection banner, in English (the e2e spec covers Dutch): the
 * words come from the catalogue, Restore has the focus and works from the keyboard.
 */
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { when } from 'mobx';
import { afterEach, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { ConnectionBanner } from '../../../renderer/components/connection-banner';
import { I18nProvider, loadMessages } from '../../../renderer/i18n';
import { StoreContext } from '../../../renderer/stores/context';
import { MemoryJournal } from '../../../renderer/stores/journal';
import { RootStore } from '../../../renderer/stores/root-store';
import { journalTime, RecoveryOffer } from '../../../renderer/wizard/recovery-offer';
import { messages } from '../../../shared/i18n';
import { inProcessBackend } from '../render-app';

afterEach(cleanup);
beforeAll(() => {
  // jsdom has <dialog> but not its modal API.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
});

async function renderEnglish() {
  const { backend } = await inProcessBackend();
  const journal = new MemoryJournal();
  const store = new RootStore(backend, () => undefined, undefined, journal);
  const { document } = await backend.workspaceCreate({ title: 'Heat plan' });
  const edited = structuredClone(document);
  edited.context.organisation = 'Municipality of Southhaven';
  // Today at 14:32: the offer names only the time for edits of today (a fixed date made this fail from the next day on).
  const today = new Date();
  const at = new Date(today.getFullYear(), today.getMonth(), today.getDate(), 14, 32).getTime();
  await journal.put({ id: document.id, document: edited, journaledAt: at, basedOn: document.updatedAt });
  await loadMessages();
  await (await store.loadDocument()).open(document.id);
  // Save what is pending before the temp folder goes.
  onTestFinished(() => store.assessment.flush());
  render(
    <I18nProvider language="en">
      <StoreContext.Provider value={store}>
        <ConnectionBanner />
        <RecoveryOffer />
      </StoreContext.Provider>
    </I18nProvider>,
  );
  return { store, journal, id: document.id, at };
}

describe('the restore offer', () => {
  it('asks in English, with the time, and restores from the keyboard', async () => {
    const { store, journal, id, at } = await renderEnglish();
    const time = journalTime(at, 'en', at);
    expect(time).toBe('14:32');
    const offer = await screen.findByRole('dialog', { name: `Restore unsaved changes from ${time}?` });
    expect(offer.textContent).toContain(messages.en.journal.body);
    expect(screen.getByRole('button', { name: 'Restore' })).toBe(document.activeElement);
    await userEvent.setup().keyboard('{Enter}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(store.assessment.document!.context.organisation).toBe('Municipality of Southhaven');
    await when(() => store.ui.notice !== null);
    expect(store.assessment.saveState).toBe('saved');
    expect(store.ui.notice).toEqual({ kind: 'status', text: messages.en.journal.restored });
    await store.assessment.journalSettled();
    expect(await journal.get(id)).toBeUndefined();
  });

  it('names the day too when the edits are not from today', () => {
    const at = new Date(2026, 10, 28, 9, 5).getTime();
    expect(journalTime(at, 'nl', new Date(2026, 10, 29, 10, 0).getTime())).toBe('28 nov 2026, 09:05');
    expect(journalTime(at, 'en', new Date(2026, 10, 29, 10, 0).getTime())).toBe('28 Nov 2026, 09:05');
  });
});

describe('the connection banner', () => {
  it('says in English that the bridge has a new address, and nothing while the connection is fine', async () => {
    const { store } = await renderEnglish();
    await screen.findByRole('dialog');
    expect(screen.queryByRole('alert')).toBeNull();
    store.connection.set('unauthorized');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(messages.en.connection.title);
    expect(alert.textContent).toContain(messages.en.connection.unauthorized);
  });
});
