/**
 * The renderer's Dutch catalogue in two parts (renderer/i18n): the start screen's words are bundled,
 * the rest loads with the document view. A word asked for before its part has loaded throws (the
 * document view waits for `loadMessages`), so a key is never shown as text.
 */
import { describe, expect, it } from 'vitest';
import { loadMessages, translator, type MessageKey } from '../../renderer/i18n';
import { nl } from '../../shared/i18n/nl';
import { startNl } from '../../shared/i18n/start.nl';

describe('the Dutch catalogue in the renderer', () => {
  it('has the start screen’s words at once, and the document view’s only once they have loaded', async () => {
    const t = translator('nl');
    expect(t('start.openNamed', { title: 'Plan' })).toBe('Plan openen');
    expect(t('errors.not-found')).toBe(nl.errors['not-found']);
    expect(() => t('steps.theory')).toThrow(/not loaded yet/);

    await loadMessages();
    expect(t('steps.theory')).toBe('Veranderingstheorie');
    expect(translator('nl')('wizard.stepsNav')).toBe('Stappen');
    expect(() => t('steps.nonsense' as MessageKey)).toThrow(/Unknown message key/);
  });

  it('bundles parts of nl.ts itself: each namespace of the start part is the catalogue’s own', () => {
    for (const [name, words] of Object.entries(startNl)) expect(nl[name as keyof typeof nl], name).toBe(words);
  });
});
