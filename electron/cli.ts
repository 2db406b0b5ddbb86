/**
 * The `impactwijzer` command line, on plain Node, with the same code as the app.
 * Exit codes: 0 success; 1 the document is invalid (one "path: message" line per problem);
 * 2 the file is unreadable, not JSON, too large, or the command line is wrong. Never a stack trace.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { critique, findingText } from '../shared/analysis/findings';
import { catalogue } from '../shared/framework/catalogue';
import { themeOf, themes } from '../shared/framework/framework';
import { translate } from '../shared/i18n';
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

type Lang = 'nl' | 'en';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const EXAMPLE = join(root, 'assets', 'examples', 'medtech-heerlen.json');

/** What a command writes and returns; main() prints and exits with it. */
export interface Outcome {
  code: 0 | 1 | 2;
  stdout: string[];
  stderr: string[];
}

const HELP = `Impactwijzer: impactbeoordeling van beleid op brede welvaart.

Gebruik: impactwijzer <opdracht> [opties]

Opdrachten:
  example [--out BESTAND]         schrijf de voorbeeldbeoordeling (Medtech-logistiek Heerlen)
  validate BESTAND                controleer of een bestand een geldige beoordeling is
  check BESTAND [--json] [--lang nl|en]
                                  de bevindingen van de kritische vriend
  catalogue [--json] [--lang nl|en]
                                  de indicatorencatalogus
  migrate BESTAND --out BESTAND   zet een ouder bestand om naar de huidige versie
  export BESTAND --out PDF [--lang nl|en] [--phase all|preparation|implementation|evaluation]
                                  het impactrapport als PDF
  csv BESTAND --out CSV [--separator ';'|',']
                                  indicatoren en metingen als CSV voor Excel

Opties:
  --help, -h                      deze hulp
  --version, -v                   de versie

Afsluitcodes: 0 gelukt; 1 ongeldige beoordeling; 2 onleesbaar bestand, geen JSON, groter dan 20 MB,
of een fout in de opdracht.`;

const ok = (stdout: string[] = []): Outcome => ({ code: 0, stdout, stderr: [] });
const usage = (message: string): Outcome => ({ code: 2, stdout: [], stderr: [message, 'Zie: impactwijzer --help'] });

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
  if (!file) return usage('Geef een bestand op.');
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

/** Runs one command line (without "node cli.ts"). */
export async function run(argv: string[]): Promise<Outcome> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: 'string' },
        json: { type: 'boolean' },
        lang: { type: 'string' },
        phase: { type: 'string' },
        separator: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (err) {
    return usage((err as Error).message);
  }
  const { values, positionals } = parsed;
  const [command, file, ...rest] = positionals;
  if (values.version) return ok([version()]);
  if (values.help || !command) return ok([HELP]);
  const lang = (values.lang ?? 'nl') as Lang;
  if (lang !== 'nl' && lang !== 'en') return usage(`Onbekende taal: ${lang} (nl of en).`);
  if (rest.length > 0) return usage(`Onverwacht argument: ${rest[0]}`);

  switch (command) {
    case 'example': {
      if (file) return usage(`Onverwacht argument: ${file}`);
      const text = readFileSync(EXAMPLE, 'utf8');
      if (!values.out) return ok([text.trimEnd()]);
      await writeVerified(resolve(values.out), text);
      return ok([`Voorbeeld geschreven naar ${values.out}`]);
    }
    case 'validate': {
      const loaded = await load(file, lang);
      if ('code' in loaded) return loaded;
      const { document: d, migratedFrom } = loaded;
      const note = migratedFrom ? `, gemigreerd van versie ${migratedFrom}` : '';
      const phase = translate('nl', `phase.${d.context.phase}`);
      const counts = `${d.preparation.indicators.length} indicatoren, ${d.preparation.effects.length} effecten`;
      return ok([`Geldig: "${d.context.title}" (schemaVersion ${d.schemaVersion}${note}; fase ${phase}; ${counts})`]);
    }
    case 'check': {
      const loaded = await load(file, lang);
      if ('code' in loaded) return loaded;
      const findings = critique(loaded.document);
      if (values.json) return ok([JSON.stringify(findings, null, 2)]);
      if (findings.length === 0) return ok([lang === 'nl' ? 'Geen bevindingen.' : 'No findings.']);
      const text = (f: (typeof findings)[number]) => findingText(f, lang, (key, values) => translate(lang, key, values));
      return ok(
        findings.map((f) => `[${translate(lang, `severity.${f.severity}`)}] ${text(f)} (${translate(lang, `steps.${f.target.step}`)})`),
      );
    }
    case 'catalogue': {
      if (file) return usage(`Onverwacht argument: ${file}`);
      if (values.json) return ok([JSON.stringify(catalogue, null, 2)]);
      const kindName = {
        nl: { subjective: 'subjectief', objective: 'objectief' },
        en: { subjective: 'subjective', objective: 'objective' },
      };
      const lines = catalogue.map((i) =>
        [
          i.id,
          themeOf(i.theme).name[lang],
          i.name[lang],
          i.unit[lang],
          i.goodDirection === 'up' ? '↑' : '↓',
          kindName[lang][i.kind],
          i.source.name,
        ].join('\t'),
      );
      const counts = themes.map((t) => `${t.name[lang]}: ${catalogue.filter((i) => i.theme === t.id).length}`);
      return ok([
        ...lines,
        '',
        `${catalogue.length} ${lang === 'nl' ? 'indicatoren' : 'indicators'} (${counts.join('; ')})`,
        'Bron: CBS (CC BY 4.0), waar aangegeven.',
      ]);
    }
    case 'migrate': {
      if (!values.out) return usage('Geef op waar het resultaat heen moet: --out BESTAND');
      const loaded = await load(file, lang);
      if ('code' in loaded) return loaded;
      await writeVerified(resolve(values.out), documentBytes(loaded.document), { maxBytes: MAX_DOCUMENT_BYTES });
      const from = loaded.migratedFrom ? `van versie ${loaded.migratedFrom} ` : '';
      return ok([`Omgezet ${from}naar versie ${loaded.document.schemaVersion}: ${values.out}`]);
    }
    case 'export': {
      if (!values.out) return usage('Geef op waar de PDF heen moet: --out BESTAND');
      const phase = values.phase ?? 'all';
      if (!['all', 'preparation', 'implementation', 'evaluation'].includes(phase))
        return usage(`Onbekende fase: ${phase} (all, preparation, implementation of evaluation).`);
      const loaded = await load(file, lang);
      if ('code' in loaded) return loaded;
      const bytes = await exportPdf(
        loaded.document,
        { lang, phase: phase as ReportPhase, today: new Date().toISOString().slice(0, 10) },
        join(root, 'assets'),
      );
      await writeVerified(resolve(values.out), bytes);
      return ok([`Rapport geschreven naar ${values.out} (${Math.round(bytes.length / 1024)} kB)`]);
    }
    case 'csv': {
      if (!values.out) return usage('Geef op waar de CSV heen moet: --out BESTAND');
      const separator = values.separator ?? ';';
      if (separator !== ';' && separator !== ',') return usage(`Onbekend scheidingsteken: ${separator} (; of ,).`);
      const loaded = await load(file, lang);
      if ('code' in loaded) return loaded;
      await writeVerified(resolve(values.out), toCsv(loaded.document, separator, lang));
      return ok([`CSV geschreven naar ${values.out}`]);
    }
    default:
      return usage(`Onbekende opdracht: ${command}`);
  }
}

/** The --lang of a command line, for messages of failures that happen before or outside run(). */
function langOf(argv: string[]): Lang {
  const i = argv.indexOf('--lang');
  const value = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith('--lang='))?.slice('--lang='.length);
  return value === 'en' ? 'en' : 'nl';
}

/** Entry point: prints the outcome and exits with its code; an unexpected error is one translated line, never a trace. */
export async function main(argv: string[]): Promise<never> {
  let outcome: Outcome;
  try {
    outcome = await run(argv);
  } catch (err) {
    const known = fromNodeError(err);
    const info = known instanceof BackendError ? known.info : { code: 'internal' as const, params: {} };
    outcome = { code: 2, stdout: [], stderr: say(langOf(argv), info) };
  }
  if (outcome.stdout.length) process.stdout.write(`${outcome.stdout.join('\n')}\n`);
  if (outcome.stderr.length) process.stderr.write(`${outcome.stderr.join('\n')}\n`);
  process.exit(outcome.code);
}
