/**
 * The history commands of the command line: `versions <id>` lists the kept versions of a
 * document in a workspace folder, `version <id> <revision> --out FILE` writes one out (through the
 * verified write). Registered in electron/cli.ts; the words are in shared/i18n/history.*.ts.
 */
import { resolve } from 'node:path';
import type { MessageKey, MessageValues } from '../shared/i18n';
import { DocumentId } from '../shared/model/document';
import { MAX_DOCUMENT_BYTES } from '../shared/model/limits';
import { documentBytes } from '../shared/model/serialize';
import { describeVersionDiff } from '../shared/model/version-diff';
import type { Outcome } from './cli';
import { contextOf } from './backend/documents/context';
import { listVersions, openVersion } from './backend/documents/history';
import { writeVerified } from './backend/storage/write';

/** What a history command gets from the command line. */
export interface HistoryCall {
  id: string | undefined;
  revision: string | undefined;
  values: { out?: string; json?: boolean; workspace?: string };
  t: (key: MessageKey, values?: MessageValues) => string;
}

const wrong = (t: HistoryCall['t'], key: MessageKey, values?: MessageValues): Outcome => ({
  code: 2,
  stdout: [],
  stderr: [t(key, values), t('cli.seeHelp')],
});

/** The workspace folder (--workspace, else the current folder) and a checked id; or what is wrong. */
function target(call: HistoryCall) {
  if (!call.id) return wrong(call.t, 'history.cli.needId');
  if (!DocumentId.safeParse(call.id).success) return wrong(call.t, 'cli.unexpectedArgument', { value: call.id });
  return { ctx: contextOf({ dir: resolve(call.values.workspace ?? '.') }), id: call.id };
}

/** `versions <id> [--workspace DIR] [--json]`: revision, when, who, name, what changed; newest first. */
export async function versionsCommand(call: HistoryCall): Promise<Outcome> {
  const { t, values } = call;
  if (call.revision !== undefined) return wrong(t, 'cli.unexpectedArgument', { value: call.revision });
  const found = target(call);
  if ('code' in found) return found;
  const versions = await listVersions(found.ctx, found.id);
  if (values.json) return { code: 0, stdout: [JSON.stringify(versions, null, 2)], stderr: [] };
  if (versions.length === 0) return { code: 0, stdout: [t('history.cli.none', { id: found.id })], stderr: [] };
  const lines = versions.map((v) =>
    [
      v.revision,
      v.savedAt,
      v.author || t('history.unknownAuthor'),
      v.name ? t(`history.names.${v.name}`) : '',
      [v.restoredFrom !== null ? t('history.restoredFrom', { revision: v.restoredFrom }) : '', describeVersionDiff(t, v.summary)]
        .filter(Boolean)
        .join('; '),
    ].join('\t'),
  );
  return { code: 0, stdout: [t('history.cli.header'), ...lines], stderr: [] };
}

/** `version <id> <revision> --out FILE [--workspace DIR]`: the kept version as a document file. */
export async function versionCommand(call: HistoryCall): Promise<Outcome> {
  const { t, values } = call;
  if (!values.out) return wrong(t, 'cli.needOut');
  const found = target(call);
  if ('code' in found) return found;
  if (call.revision === undefined) return wrong(t, 'history.cli.needRevision');
  if (!/^(0|[1-9]\d{0,9})$/.test(call.revision)) return wrong(t, 'history.cli.badRevision', { value: call.revision });
  const revision = Number(call.revision);
  const document = await openVersion(found.ctx, found.id, revision);
  await writeVerified(resolve(values.out), documentBytes(document), { maxBytes: MAX_DOCUMENT_BYTES });
  return { code: 0, stdout: [t('history.cli.written', { revision, id: found.id, file: values.out })], stderr: [] };
}
