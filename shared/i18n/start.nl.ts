import { a11yNl } from './a11y.nl';
import { appNl } from './app.nl';
import { errorsNl } from './errors.nl';
import { journalNl } from './journal.nl';
import { openedNl } from './opened.nl';

/**
 * The Dutch words of the app's frame and the start screen (and every error message, which any screen
 * may show): the part of nl.ts that the renderer's first chunk holds. The rest of nl.ts loads with the
 * document view and the manual (renderer/i18n). Each namespace here is nl.ts's own (the same objects).
 */
export const startNl = { ...errorsNl, ...a11yNl, ...journalNl, ...openedNl, ...appNl };
