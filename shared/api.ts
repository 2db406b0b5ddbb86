/**
 * The backend contract: every call the renderer can make, with the schema of its request and
 * of its response. Both transports (IPC in Electron, the loopback HTTP bridge in a browser)
 * parse requests with these schemas before any handler runs.
 */
import { z } from 'zod';
import type { CallName } from './api-calls';
import { errorCodes } from './errors';
import { AssessmentDocument, DocumentId, DocumentSummary } from './model/document';
import { MAX_DOCUMENT_BYTES } from './model/limits';
import { VersionInfo } from './model/version-info';

/** UI languages. */
export const Language = z.enum(['nl', 'en']);
export type Language = z.infer<typeof Language>;

/** Window position and size, remembered between runs. */
export const WindowBounds = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(320).max(20000),
  height: z.number().int().min(240).max(20000),
});
export type WindowBounds = z.infer<typeof WindowBounds>;

/** All settings. They live in electron-store (or conf in the bridge), never in a document. */
export const Settings = z.object({
  language: Language.default('nl'),
  /** Recently opened documents, newest first (for the File menu). */
  recentDocuments: z
    .array(z.object({ id: DocumentId, title: z.string() }))
    .max(10)
    .default([]),
  workspaceDir: z.string().default(''),
  windowBounds: WindowBounds.nullable().default(null),
  authorName: z.string().max(200).default(''),
  /** Files opened from the system and edited where they are (electron/backend/documents/external.ts); main's own, like the bounds. */
  openedFiles: z
    .array(z.object({ id: DocumentId, path: z.string().min(1).max(4096) }))
    .max(500)
    .default([]),
});
export type Settings = z.infer<typeof Settings>;

/**
 * What the renderer may change. The workspace folder is chosen through a native dialog in
 * main, and the window bounds are main's own: neither can be set by page script.
 */
export const SettingsPatch = z
  .object({
    language: Language.optional(),
    authorName: z.string().max(200).optional(),
  })
  .strict();
export type SettingsPatch = z.infer<typeof SettingsPatch>;

const Empty = z.object({}).strict();

/** A document's revision on disk: it grows with every save (0 for files from before revisions). */
export const Revision = z.number().int().min(0);

/** base64 of the largest importable file (the one document size limit), with room for padding. */
export const MAX_IMPORT_BASE64 = Math.ceil(MAX_DOCUMENT_BYTES / 3) * 4 + 4;

const ErrorCodeSchema = z.enum(errorCodes);
const ErrorParamsSchema = z.record(z.string(), z.union([z.string(), z.number()]));
/** An error as it crosses the contract (see shared/errors.ts): a code, its parameters, a path, problems. */
export const ErrorInfoSchema = z.object({
  code: ErrorCodeSchema,
  params: ErrorParamsSchema,
  path: z.string().optional(),
  problems: z.array(z.object({ code: ErrorCodeSchema, params: ErrorParamsSchema, path: z.string() })).optional(),
});

/** A file the workspace set aside because it could not be read. */
export const QuarantinedFile = z.object({ fileName: z.string(), reason: ErrorInfoSchema, quarantinedAt: z.string() });
/** A deleted document in the trash folder. */
export const TrashedDocument = z.object({ id: DocumentId, title: z.string(), deletedAt: z.string() });
export type QuarantinedFile = z.infer<typeof QuarantinedFile>;
/** A file in the workspace folder that is not one of its documents, or could not be looked at: left as it is. */
export const SkippedFile = z.object({ fileName: z.string(), reason: ErrorInfoSchema });
export type SkippedFile = z.infer<typeof SkippedFile>;
/** The workspace list: documents, files set aside, files left alone, and whether the folder is read-only. */
export const WorkspaceListing = z.object({
  documents: z.array(DocumentSummary),
  quarantined: z.array(QuarantinedFile),
  skipped: z.array(SkippedFile),
  readOnly: z.boolean(),
});
export type WorkspaceListing = z.infer<typeof WorkspaceListing>;
/** The settings, with a one-time notice (e.g. an unreadable settings file was set aside). */
export const SettingsWithNotice = Settings.extend({ notice: ErrorInfoSchema.optional() });
export type TrashedDocument = z.infer<typeof TrashedDocument>;

/** The contract: one entry per call. */
export const contract = {
  appInfo: {
    request: Empty,
    response: z.object({
      name: z.string(),
      version: z.string(),
      transport: z.enum(['ipc', 'http']),
    }),
  },
  settingsGet: { request: Empty, response: SettingsWithNotice },
  settingsSet: { request: SettingsPatch, response: Settings },
  workspaceList: {
    request: Empty,
    response: WorkspaceListing,
  },
  workspaceCreate: {
    request: z.object({ title: z.string().trim().min(1).max(300), language: Language.optional() }).strict(),
    response: z.object({ document: AssessmentDocument }),
  },
  workspaceOpen: {
    request: z.object({ id: DocumentId }).strict(),
    /** `location`: the file's path when it was opened from the system and is edited there (null: in the workspace). */
    response: z.object({ document: AssessmentDocument, revision: Revision, location: z.string().nullable().optional() }),
  },
  workspaceSave: {
    request: z.object({ document: AssessmentDocument, baseRevision: Revision }).strict(),
    response: z.object({ summary: DocumentSummary, revision: Revision }),
  },
  /** The revision on disk now (cheap: nothing else is read back); null when there is no readable file. */
  workspaceRevision: {
    request: z.object({ id: DocumentId }).strict(),
    response: z.object({ revision: Revision.nullable() }),
  },
  workspaceDelete: {
    request: z.object({ id: DocumentId }).strict(),
    response: z.object({ deleted: z.literal(true) }),
  },
  workspaceDuplicate: {
    request: z.object({ id: DocumentId }).strict(),
    response: z.object({ document: AssessmentDocument }),
  },
  workspaceTrash: {
    request: Empty,
    response: z.object({ documents: z.array(TrashedDocument) }),
  },
  workspaceRestore: {
    request: z.object({ id: DocumentId }).strict(),
    response: z.object({ summary: DocumentSummary }),
  },
  workspaceImport: {
    request: z
      .object({
        fileName: z.string().max(255),
        /** The file's bytes, base64: the backend decodes and checks them (encoding, size, schema). */
        contentBase64: z.string().max(MAX_IMPORT_BASE64),
      })
      .strict(),
    response: z.object({ document: AssessmentDocument, migratedFrom: z.number().int().nullable() }),
  },
  workspaceExport: {
    request: z.object({ id: DocumentId }).strict(),
    response: z.object({ fileName: z.string(), content: z.string() }),
  },
  workspaceExample: {
    request: Empty,
    response: z.object({ document: AssessmentDocument }),
  },
  /** The kept versions of a document, newest first (electron/backend/documents/history.ts). */
  historyList: {
    request: z.object({ id: DocumentId }).strict(),
    response: z.object({ versions: z.array(VersionInfo) }),
  },
  /** One kept version, to read only. */
  historyOpen: {
    request: z.object({ id: DocumentId, revision: Revision }).strict(),
    response: z.object({ document: AssessmentDocument }),
  },
  /** Restores a kept version as a new revision; the content it replaces stays in the history. */
  historyRestore: {
    request: z.object({ id: DocumentId, revision: Revision }).strict(),
    response: z.object({ summary: DocumentSummary, revision: Revision }),
  },
  /** Imports an assessment chosen in the native open dialog (desktop only; the browser uses a file input). */
  fileImportDialog: {
    request: Empty,
    response: z.object({ document: AssessmentDocument.nullable(), migratedFrom: z.number().int().nullable() }),
  },
  /** The renderer has saved everything: the app may quit now (see the quit guard in main). */
  appQuitReady: {
    request: z.object({ saved: z.boolean() }).strict(),
    response: z.object({ ok: z.literal(true) }),
  },
  /** The renderer listens for menu and open-file events now: main sends what it held back (see main/event-queue.ts). */
  rendererReady: {
    request: Empty,
    response: z.object({ ok: z.literal(true) }),
  },
  /** Saves an export (PDF, CSV, JSON, Word) where the user chooses: the native save dialog in Electron. */
  fileSave: {
    request: z
      .object({
        kind: z.enum(['pdf', 'csv', 'json', 'docx', 'xlsx']),
        suggestedName: z
          .string()
          .trim()
          .min(1)
          .max(200)
          .regex(/^[^/\\:*?"<>|\u0000-\u001f]+$/),
        contentBase64: z.string().max(MAX_IMPORT_BASE64 * 3),
      })
      .strict(),
    response: z.object({ saved: z.boolean(), path: z.string().nullable() }),
  },
} as const satisfies Record<CallName, { request: z.ZodType; response: z.ZodType }>;

// Compile-time proof that `callNames` lists exactly the contract's keys.
type ContractNames = keyof typeof contract;
const _sameNames: [ContractNames] extends [CallName] ? ([CallName] extends [ContractNames] ? true : never) : never = true;
void _sameNames;

/** The request type a caller passes for a call. */
export type RequestOf<K extends CallName> = z.input<(typeof contract)[K]['request']>;
/** The parsed request a handler receives. */
export type ParsedRequestOf<K extends CallName> = z.output<(typeof contract)[K]['request']>;
/** The response of a call. */
export type ResponseOf<K extends CallName> = z.output<(typeof contract)[K]['response']>;

/** The backend as the renderer sees it: one async method per call. */
export type Backend = { [K in CallName]: (request: RequestOf<K>) => Promise<ResponseOf<K>> };

/** The backend as the Node side implements it: handlers receive parsed requests. */
export type Handlers = { [K in CallName]: (request: ParsedRequestOf<K>) => Promise<ResponseOf<K>> };

/** Commands the application menu (and the system, for opened files) sends to the renderer. */
export const MenuCommand = z.discriminatedUnion('command', [
  z.object({
    command: z.enum(['new', 'open', 'import', 'export-pdf', 'export-csv', 'undo', 'redo', 'manual', 'about', 'flush-before-quit']),
  }),
  z.object({ command: z.literal('open-document'), id: DocumentId }),
]);
export type MenuCommand = z.infer<typeof MenuCommand>;

/** A document's file changed on disk (the desktop app's file watcher): the renderer compares revisions. */
export const DocumentChanged = z.object({ id: DocumentId });
export type DocumentChanged = z.infer<typeof DocumentChanged>;

/** The events, with the schema of their payload. */
export const events = { menuCommand: MenuCommand, documentChanged: DocumentChanged } as const;

/** The event subscriptions the preload exposes: each returns an unsubscribe function. */
export type BackendEvents = {
  onMenuCommand: (listener: (command: MenuCommand) => void) => () => void;
  onDocumentChanged: (listener: (change: DocumentChanged) => void) => () => void;
};
