import type { ErrorCode } from '../errors';

const codes = {
  'invalid-request':
    'The app sent a request that is not valid (at {{path}}). Reload the screen; if this keeps happening, report it to your administrator.',
  'unknown-call':
    'The app asked for an unknown action ({{name}}). Restart Impactwijzer; if this keeps happening, report it to your administrator.',
  'forbidden-sender': 'This request was refused because it did not come from the Impactwijzer window. Close other windows and try again.',
  'forbidden-host': 'This request was refused: the address is not right. Open Impactwijzer at the address shown when it started.',
  unauthorized:
    'This request was refused: the access code is missing or wrong. Open Impactwijzer again at the address shown when it started.',
  'method-not-allowed': 'This kind of request is not allowed. Reload the screen.',
  'request-too-large': 'The request is too large to handle. Choose a smaller file (at most 20 MB).',
  'request-not-json': 'The request could not be read. Reload the screen and try again.',
  offline: 'The Impactwijzer background service cannot be reached. Check that Impactwijzer is still running and try again.',
  'invalid-response':
    'The background service gave an unexpected answer (status {{status}}). Try again; if this keeps happening, restart Impactwijzer.',
  internal: 'Something went wrong in the background. Try again; if this keeps happening, restart Impactwijzer.',
  'not-found':
    'This assessment is no longer in the workspace. The file may have been moved or deleted; look in the trash or import it again.',
  'not-in-trash': 'This assessment is no longer in the trash. Refresh the list to see what is still there.',
  'no-example': 'No example is available in this installation. Create a new assessment or import a file.',
  quarantined:
    'This file is damaged, so it was set aside unchanged in the folder .impactwijzer/quarantaine. Restore it from a backup or import a good copy.',
  'file-not-found': 'The file does not exist. Check the name and the folder and try again.',
  'not-a-file': 'This is not a regular file (it may be a folder). Choose an Impactwijzer file.',
  'disk-full': 'The disk is full, so nothing could be saved. Free up some space and try again; your changes are still on screen.',
  'read-only': 'This folder is read-only, so nothing could be saved. Choose a workspace folder you can write to.',
  'permission-denied': 'You do not have permission to use this file or folder. Ask your administrator for access or choose another folder.',
  'io-error': 'The file could not be read or written ({{errno}}). Try again; if this keeps happening, choose another folder.',
  'too-large':
    'The file is larger than {{maxMb}} MB, the most Impactwijzer can open or save. Nothing was changed; choose a smaller file or make the assessment smaller.',
  'file-empty': 'The file is empty. Choose an Impactwijzer file with content.',
  'file-utf16': 'The file is saved as UTF-16. Save it as UTF-8 and try again.',
  'file-not-utf8': 'The file is not UTF-8 text (it may be a binary file). Choose an Impactwijzer file (.json).',
  'file-binary': 'The file contains binary data and is not an Impactwijzer assessment. Choose another file.',
  'file-not-json': 'The file is not valid JSON, so it is not an Impactwijzer assessment. Choose a file made with Impactwijzer.',
  'file-too-deep': 'The file is nested deeper than {{max}} levels; it is not an Impactwijzer assessment. Choose another file.',
  'not-an-assessment': 'The file is not an Impactwijzer assessment. Choose a file made with Impactwijzer.',
  'file-future-version': 'This file was made with a newer version of Impactwijzer. Update Impactwijzer to open it.',
  'file-unknown-version':
    'This file has no valid version number (schemaVersion) and is not an Impactwijzer assessment. Choose another file.',
  'invalid-file':
    'The file is not a valid assessment ({count, plural, one {# problem} other {# problems}}). Nothing was changed; fix the places listed or choose another file.',
  'field-type': 'this should be {{expected}}',
  'field-too-small': 'too small or too short (at least {{minimum}})',
  'field-too-big': 'too large or too long (at most {{maximum}})',
  'field-value': 'not an allowed value (choose from {{options}})',
  'field-format': 'the format is not right ({{format}})',
  'field-unknown-keys': 'unknown fields: {{keys}}',
  'field-invalid': 'invalid value',
  'field-version-future': 'version {{version}} was made with a newer Impactwijzer',
  'field-version-unknown': 'missing or not a valid version number',
  // own files
  'not-recognised': 'This is not an Impactwijzer document. The file is left as it is.',
  'special-file': 'This is not a regular file (it may be a pipe or a device). It was not opened.',
  'link-outside': 'This is a link to a file outside the workspace folder. Impactwijzer does not follow it.',
  'timed-out': 'The file did not respond within {seconds, plural, one {# second} other {# seconds}} and was skipped. Try again later.',
  'settings-reset': 'Your settings could not be read. Impactwijzer uses the default settings; the old file was kept as {{fileName}}.',
  conflict:
    'Someone else saved this document in the meantime (another window, a colleague or another program). Your changes have not overwritten theirs.',
  'version-not-found':
    'Version {{revision}} of this assessment is not (or no longer) kept. Choose another version from the "Earlier versions" list.',
  'duplicate-id': 'The id "{{id}}" occurs twice (first at {{first}}). Links go by id: give this item an id of its own.',
  'dangling-reference':
    'This refers to "{{id}}", but no item with that id exists (any more). Choose an existing item or remove the reference.',
  'unknown-field': 'Impactwijzer does not know the field "{{key}}". It is left out when the file is opened and is not saved again.',
} satisfies Record<ErrorCode, string>;

/** English messages of every error code (errors.<code>), with {{param}} placeholders. */
export const errorsEn = {
  errors: {
    ...codes,
    wholeFile: '(the whole file)',
    moreProblems: '… and {{count}} more',
    types: {
      string: 'text',
      number: 'a number',
      int: 'a whole number',
      boolean: 'yes or no',
      object: 'a group of fields',
      array: 'a list',
      date: 'a date',
      null: 'nothing',
      regex: 'the right pattern',
    },
  },
};
