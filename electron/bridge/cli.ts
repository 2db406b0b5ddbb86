/**
 * `npm run web -- --workspace DIR [--port N] [--no-build] [--open] [FILE]`: builds the renderer and serves it
 * with the real backend on 127.0.0.1. Prints a line with the URL (carrying the run's token), in the
 * user's language (LANG). `npm start` runs it with --open and --no-desktop where no Electron binary exists.
 * A FILE is opened where it is, as the desktop app opens a file from the system: the address printed
 * opens it (`#/document/<id>`), and it stays in the document list with its location.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import Conf from 'conf';
import { BackendError, describeError } from '../../shared/errors';
import type { Workspace } from '../backend/documents/workspace';
import { openSettingsStore } from '../backend/settings-store';
import { wireBackend } from '../backend/wire';
import { translate, type MessageKey, type MessageValues } from '../../shared/i18n';
import { languageFromEnvironment } from '../user-language';
import { openBrowser } from './open-browser';
import { startBridge } from './server';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const lang = languageFromEnvironment();
const t = (key: MessageKey, values?: MessageValues) => translate(lang, key, values);

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

/** Opens a file where it is; the address part that shows it, or '' with the reason on stderr (the app starts all the same). */
async function openedHash(workspace: Workspace, file: string): Promise<string> {
  const path = resolve(process.env.INIT_CWD ?? process.cwd(), file);
  try {
    const { id } = await workspace.openFile(path);
    return `#/document/${encodeURIComponent(id)}`;
  } catch (err) {
    const info = err instanceof BackendError ? err.info : { code: 'internal' as const, params: {} };
    process.stderr.write(`${[t('opened.notOpened', { file: path }), ...describeError(t, info)].join('\n')}\n`);
    return '';
  }
}

async function main(): Promise<void> {
  let values: { workspace?: string; port?: string; 'no-build'?: boolean; settings?: string; open?: boolean; 'no-desktop'?: boolean };
  let positionals: string[] = [];
  try {
    ({ values, positionals } = parseArgs({
      allowPositionals: true,
      options: {
        workspace: { type: 'string' },
        port: { type: 'string' },
        settings: { type: 'string' },
        'no-build': { type: 'boolean' },
        open: { type: 'boolean' },
        'no-desktop': { type: 'boolean' },
      },
      strict: true,
    }));
  } catch (err) {
    fail(`${(err as Error).message}\n${t('launch.usage')}`);
  }
  if (!values.workspace) fail(t('launch.needWorkspace'));
  if (positionals.length > 1) fail(t('launch.usage'));
  const port = values.port === undefined ? 5199 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(t('launch.badPort', { value: String(values.port) }));

  const workspaceDir = resolve(values.workspace);
  await mkdir(workspaceDir, { recursive: true });
  const staticDir = join(root, 'out', 'renderer');

  if (!values['no-build'] || !existsSync(join(staticDir, 'index.html'))) {
    const { build } = await import('vite');
    await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'error' });
  }

  const settingsDir = resolve(values.settings ?? join(workspaceDir, '.impactwijzer'));
  const { store, notice } = openSettingsStore(
    () => new Conf<Record<string, unknown>>({ cwd: settingsDir, configName: 'settings', projectName: 'impactwijzer' }),
    join(settingsDir, 'settings.json'),
  );
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const handlers = wireBackend({
    store,
    defaultWorkspaceDir: workspaceDir,
    workspaceDir,
    examplesDir: join(root, 'assets', 'examples'),
    version: pkg.version,
    transport: 'http',
    settingsNotice: notice,
  });

  const bridge = await startBridge({ handlers, staticDir, port });
  const lines = values['no-desktop'] ? [t('launch.noDesktop'), t('launch.workspace', { dir: workspaceDir })] : [];
  const url = bridge.url + (positionals[0] ? await openedHash(handlers.workspace, positionals[0]) : '');
  lines.push(t('launch.running', { url }));
  if (values.open) lines.push(t(openBrowser(url) ? 'launch.opening' : 'launch.openYourself'));
  process.stdout.write(`${lines.join('\n')}\n`);

  const stop = () => {
    void bridge.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((err: unknown) => fail(t('launch.failed', { message: (err as Error).message })));
