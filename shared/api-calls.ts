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
  'workspaceDelete',
  'workspaceDuplicate',
  'workspaceTrash',
  'workspaceRestore',
  'workspaceImport',
  'workspaceExport',
  'workspaceExample',
  'fileSave',
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
