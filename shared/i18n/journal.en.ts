import type { journalNl } from './journal.nl';

/** English messages of the crash journal and of a lost connection to the bridge. */
export const journalEn: typeof journalNl = {
  journal: {
    title: 'Restore unsaved changes from {{time}}?',
    body: 'This assessment had changes that were not yet saved when Impactwijzer stopped unexpectedly or the page was reloaded. They were kept on this computer.',
    stale:
      'Note: the assessment has also been changed in another way since then. Restoring puts the kept version back; Undo takes you back to the current version.',
    otherTab: 'These changes were made in another tab or window with this assessment.',
    restore: 'Restore',
    discard: 'Discard',
    restored: 'The unsaved changes have been restored and saved.',
    discarded: 'The unsaved changes have been discarded.',
  },
  connection: {
    title: 'The connection to Impactwijzer was lost',
    offline:
      'Impactwijzer is no longer running. Start it again (npm run web) and open the new address it then shows. Whatever you had not saved yet was kept on this computer; you will get it back there.',
    unauthorized:
      'Impactwijzer was restarted and now has a new address. Open the address shown when it started; this tab can no longer save. Whatever you had not saved yet was kept on this computer; you will get it back there.',
  },
};
