/** English words for files opened from the system and edited where they are (electron/backend/documents/external.ts). */
import type { openedNl } from './opened.nl';

export const openedEn: typeof openedNl = {
  opened: {
    notOpenedTitle: 'File not opened',
    notOpened: 'Impactwijzer could not open {{file}}.',
    where: 'Saved in',
    workspace: 'workspace',
    inPlace: 'Opened from {{path}}. Changes are saved in this file itself.',
    copyToWorkspace: 'Copy to workspace',
    copyToWorkspaceNamed: 'Put a copy of {{title}} in the workspace',
    copied: 'The workspace now holds a copy: "{{title}}". You continue in the copy; the original file stays as it is.',
    forget: 'Off list',
    forgetNamed: 'Take {{title}} off the list (the file stays)',
    forgotten: '"{{title}}" is no longer on the list. The file itself was not deleted.',
  },
};
