/**
 * The names of the backend calls, without their schemas: the preload and the HTTP adapter
 * need only the names, and must not pull zod into their bundles. `api.ts` checks at compile
 * time that this list and the contract agree.
 */
export const callNames = [
  'appInfo',
  'settingsGet',
  'settingsSet',
  'workspaceList',
  'workspaceCreate',
  'workspaceOpen',
  'workspaceSave',
  'workspaceRevision',
  'workspaceDelete',
  'workspaceDuplicate',
  'workspaceTrash',
  'workspaceRestore',
  'workspaceImport',
  'workspaceExport',
  'workspaceExample',
  'historyList',
  'historyOpen',
  'historyRestore',
  'fileSave',
  'fileImportDialog',
  'appQuitReady',
  'rendererReady',
] as const;

/** One backend call's name. */
export type CallName = (typeof callNames)[number];

/** The IPC channel of a call. */
export function channelOf(name: CallName): string {
  return `api:${name}`;
}

/** Whether a string names a backend call. */
export function isCallName(value: string): value is CallName {
  return (callNames as readonly string[]).includes(value);
}

/** Events main sends to the renderer (menu commands, files opened from the system, documents changed on disk). */
export const eventNames = ['menuCommand', 'documentChanged'] as const;
export type EventName = (typeof eventNames)[number];

/** The IPC channel of an event. */
export function eventChannelOf(name: EventName): string {
  return `event:${name}`;
}

/** The preload's method that subscribes to an event: "onMenuCommand". */
export function subscriberOf(name: EventName): `on${Capitalize<EventName>}` {
  return `on${name[0]!.toUpperCase()}${name.slice(1)}` as `on${Capitalize<EventName>}`;
}
