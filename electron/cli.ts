/**
 * The `impactwijzer` command line, on plain Node, with the same code as the app.
 * Exit codes: 0 success; 1 the document is invalid (one "path: message" line per problem), or
 * `check --strict` found a high finding;
 * 2 the file is unreadable, not JSON, too large, or the command line is wrong. Never a stack trace.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { critique, findingText } from '../shared/analysis/findings';
import { translate, type MessageKey, type MessageValues } from '../shared/i18n';
import type { AssessmentDocument } from '../shared/model/document';
import { INVALID_CONTENT, LoadError, MAX_DOCUMENT_BYTES } from '../shared/model/load';
import { documentBytes } from '../shared/model/serialize';
import { BackendError, describeError, type ErrorInfo } from '../shared/errors';
import { fromNodeError } from './backend/node-errors';
import { writeVerified } from './backend/storage/write';
import { readDocumentFile } from './backend/documents/read';
import { exportPdf } from './backend/export/report';
import type { ReportPhase } from '../shared/report/content';
import { toCsv } from '../shared/report/csv';
import { CATALOGUE_OPTIONS, catalogueLines, type CatalogueFilterName } from './cli-catalogue';
import { versionCommand, versionsCommand } from './cli-history';
import { DOCX_OPTIONS, exportDocx, exportFormat, type DocxValues } from './cli-docx';
import { importMeasurementsCommand, xlsxCommand } from './cli-xlsx';
import { languageFromEnvironment } from './user-language';
import { terminalSafe } from './cli-safe';
import { checkFile, validateOutcome } from './cli-validate';

type Lang = 'nl' | 'en';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const EXAMPLE = join(root, 'assets', 'examples', 'medtech-heerlen.json');

/** What a command writes and returns; main() prints and exits with it. */
export interface Outcome {
  code: 0 | 1 | 2;
  stdout: string[];
  stderr: string[];
}

const ok = (stdout: string[] = []): Outcome => ({ code: 0, stdout, stderr: [] });

/** A mistake in the command line: the message, and where to look (exit 2). */
const usage = (lang: Lang, key: MessageKey, values?: MessageValues): Outcome => ({
  code: 2,
  stdout: [],
  stderr: [translate(lang, key, values), translate(lang, 'cli.seeHelp')],
});

/** The words of an error code in the chosen language. */
function say(lang: Lang, info: ErrorInfo): string[] {
  return describeError((key, values) => translate(lang, key, values), info);
}

/** Load errors: invalid content exits 1 with one "path: message" line per problem; unreadable input exits 2. */
function loadFailure(file: string, err: LoadError, lang: Lang): Outcome {
  const [message, ...problems] = say(lang, err.info);
  const invalid = INVALID_CONTENT.includes(err.code);
  if (invalid && problems.length > 0) return { code: 1, stdout: [], stderr: problems };
  return { code: invalid ? 1 : 2, stdout: [], stderr: [`${file}: ${message}`] };
}

async function load(
  file: string | undefined,
  lang: Lang,
): Promise<{ document: AssessmentDocument; migratedFrom: number | null } | Outcome> {
  if (!file) return usage(lang, 'cli.needFile');
  try {
    return await readDocumentFile(resolve(file), { newId: () => crypto.randomUUID() });
  } catch (err) {
    if (err instanceof LoadError) return loadFailure(file, err, lang);
    throw err;
  }
}

function version(): string {
  return (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
}

const OPTIONS = {
  out: { type: 'string' },
  json: { type: 'boolean' },
  lang: { type: 'string' },
  phase: { type: 'string' },
  separator: { type: 'string' },
  codes: { type: 'boolean' },
  search: { type: 'string' },
  ...CATALOGUE_OPTIONS,
  ...DOCX_OPTIONS,
  workspace: { type: 'string' },
  strict: { type: 'boolean' },
  'as-frozen': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** One command's input: the file it names (if any), the options, and the language of its words. */
interface Invocation {
  file: string | undefined;
  values: {
    out?: string;
    json?: boolean;
    phase?: string;
    separator?: string;
    workspace?: string;
    strict?: boolean;
    'as-frozen'?: boolean;
    codes?: boolean;
    search?: string;
  } & Partial<Record<CatalogueFilterName, string>> &
    DocxValues;
  /** The second argument (only `version <id> <revision>` takes one). */
  second?: string;
  lang: Lang;
  t: (key: MessageKey, values?: MessageValues) => string;
}

type Command = (call: Invocation) => Promise<Outcome>;

const example: Command = async ({ file, values, lang, t }) => {
  if (file) return usage(lang, 'cli.unexpectedArgument', { value: file });
  const text = readFileSync(EXAMPLE, 'utf8');
  if (!values.out) return ok([text.trimEnd()]);
  await writeVerified(resolve(values.out), text);
  return ok([t('cli.exampleWritten', { file: values.out })]);
};

const validate: Command = async ({ file, lang, t }) => {
  if (!file) return usage(lang, 'cli.needFile');
  let checked;
  try {
    checked = await checkFile(file);
  } catch (err) {
    if (err instanceof LoadError) return loadFailure(file, err, lang);
    throw err;
  }
  const { document: d, migratedFrom } = checked;
  return validateOutcome(
    file,
    checked,
    t,
    t('cli.valid', {
      title: d.context.title,
      version: d.schemaVersion,
      migrated: migratedFrom ? t('cli.migratedFrom', { version: migratedFrom }) : '',
      phase: t(`phase.${d.context.phase}`),
      indicators: d.preparation.indicators.length,
      effects: d.preparation.effects.length,
    }),
  );
};

/** Findings are advice (exit 0); with --strict a high finding fails the check (exit 1), for use in pipelines. */
const check: Command = async ({ file, values, lang, t }) => {
  const loaded = await load(file, lang);
  if ('code' in loaded) return loaded;
  const findings = critique(loaded.document);
  const code = values.strict && findings.some((f) => f.severity === 'high') ? 1 : 0;
  const lines = values.json
    ? [
        JSON.stringify(
          findings.map((f) => ({ ...f, text: findingText(f, lang, t) })),
          null,
          2,
        ),
      ]
    : findings.length === 0
      ? [t('cli.noFindings')]
      : findings.map((f) => `[${t(`severity.${f.severity}`)}] ${findingText(f, lang, t)} (${t(`steps.${f.target.step}`)})`);
  return { code, stdout: lines, stderr: code ? [t('cli.strictFailed')] : [] };
};

const catalogueList: Command = async ({ file, values, lang, t }) => {
  if (file) return usage(lang, 'cli.unexpectedArgument', { value: file });
  const result = catalogueLines(values, lang, t);
  return 'ok' in result ? ok(result.ok) : usage(lang, result.mistake, result.values);
};

const migrate: Command = async ({ file, values, lang, t }) => {
  if (!values.out) return usage(lang, 'cli.needOut');
  const loaded = await load(file, lang);
  if ('code' in loaded) return loaded;
  await writeVerified(resolve(values.out), documentBytes(loaded.document), { maxBytes: MAX_DOCUMENT_BYTES });
  const from = loaded.migratedFrom ? t('cli.migratedFromVersion', { version: loaded.migratedFrom }) : '';
  return ok([t('cli.migrated', { from, version: loaded.document.schemaVersion, file: values.out })]);
};

const PHASES = ['all', 'preparation', 'implementation', 'evaluation'] as const;

const exportReport: Command = async ({ file, values, lang, t }) => {
  if (!values.out) return usage(lang, 'cli.needOut');
  const phase = values.phase ?? 'all';
  if (!(PHASES as readonly string[]).includes(phase)) return usage(lang, 'cli.unknownPhase', { value: phase });
  const format = exportFormat(values);
  if (typeof format === 'object') return usage(lang, format.mistake, format.values);
  const loaded = await load(file, lang);
  if ('code' in loaded) return loaded;
  const asFrozen = values['as-frozen'] === true;
  // The report as it stood needs a freeze: a document that was never frozen has none (exit 1, like an invalid document).
  if (asFrozen && !loaded.document.implementation.frozen)
    return { code: 1, stdout: [], stderr: [t('freeze.cliNotFrozen', { file: file! })] };
  const today = new Date().toISOString().slice(0, 10);
  if (format === 'docx') {
    const options = { lang, phase: phase as ReportPhase, asFrozen, raadsvoorstel: values.raadsvoorstel === true, out: values.out, today };
    return ok([await exportDocx(loaded.document, options, t)]);
  }
  const bytes = await exportPdf(loaded.document, { lang, phase: phase as ReportPhase, today, asFrozen }, join(root, 'assets'));
  await writeVerified(resolve(values.out), bytes);
  return ok([t('cli.pdfWritten', { file: values.out, kb: Math.round(bytes.length / 1024) })]);
};

const csv: Command = async ({ file, values, lang, t }) => {
  if (!values.out) return usage(lang, 'cli.needOut');
  const separator = values.separator ?? ';';
  if (separator !== ';' && separator !== ',') return usage(lang, 'cli.unknownSeparator', { value: separator });
  const loaded = await load(file, lang);
  if ('code' in loaded) return loaded;
  await writeVerified(resolve(values.out), toCsv(loaded.document, separator, lang, { codes: values.codes === true }));
  return ok([t('cli.csvWritten', { file: values.out })]);
};

const COMMANDS: Record<string, Command> = {
  example,
  validate,
  check,
  catalogue: catalogueList,
  migrate,
  export: exportReport,
  csv,
  versions: ({ file, second, values, t }) => versionsCommand({ id: file, revision: second, values, t }),
  version: ({ file, second, values, t }) => versionCommand({ id: file, revision: second, values, t }),
  xlsx: (call) => xlsxCommand({ ...call, load }),
  'import-measurements': (call) => importMeasurementsCommand({ ...call, load }),
};

/** Runs one command line (without "node cli.ts"); every line printed is free of control characters (cli-safe.ts). */
export async function run(argv: string[]): Promise<Outcome> {
  const outcome = await runCommand(argv);
  return { code: outcome.code, stdout: outcome.stdout.map(terminalSafe), stderr: outcome.stderr.map(terminalSafe) };
}

async function runCommand(argv: string[]): Promise<Outcome> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: OPTIONS });
  } catch (err) {
    return { code: 2, stdout: [], stderr: [(err as Error).message, translate(langOf(argv), 'cli.seeHelp')] };
  }
  const { values, positionals } = parsed;
  const [command, file, ...rest] = positionals;
  const lang = values.lang ?? languageFromEnvironment();
  if (lang !== 'nl' && lang !== 'en') return usage(languageFromEnvironment(), 'cli.unknownLanguage', { value: lang });
  if (values.version) return ok([version()]);
  if (values.help || !command) return ok([translate(lang, 'cli.help')]);
  const [second, ...more] = command === 'version' || command === 'import-measurements' ? rest : [undefined, ...rest];
  if (more.length > 0) return usage(lang, 'cli.unexpectedArgument', { value: more[0]! });
  const handler = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!handler) return usage(lang, 'cli.unknownCommand', { value: command });
  return handler({ file, second, values, lang, t: (key, v) => translate(lang, key, v) });
}

/** The --lang of a command line (else LANG), for messages of failures that happen before or outside run(). */
function langOf(argv: string[]): Lang {
  const i = argv.indexOf('--lang');
  const value = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith('--lang='))?.slice('--lang='.length);
  return value === 'en' || value === 'nl' ? value : languageFromEnvironment();
}

/**
 * Writes text and resolves once the stream has handed all of it on, so that exiting afterwards loses
 * nothing (a pipe to a slow reader holds only 64 KiB). A reader that went away (EPIPE) ends the wait too.
 */
function flushed(stream: NodeJS.WriteStream, text: string): Promise<void> {
  return new Promise((done) => {
    stream.once('error', () => done());
    stream.write(text, () => done());
  });
}

/** Entry point: prints the outcome and exits with its code; an unexpected error is one translated line, never a trace. */
export async function main(argv: string[]): Promise<never> {
  let outcome: Outcome;
  try {
    outcome = await run(argv);
  } catch (err) {
    const known = fromNodeError(err);
    const info = known instanceof BackendError ? known.info : { code: 'internal' as const, params: {} };
    outcome = { code: 2, stdout: [], stderr: say(langOf(argv), info).map(terminalSafe) };
  }
  if (outcome.stdout.length) await flushed(process.stdout, `${outcome.stdout.join('\n')}\n`);
  if (outcome.stderr.length) await flushed(process.stderr, `${outcome.stderr.join('\n')}\n`);
  process.exit(outcome.code);
}
