/**
 * The application menu as a pure template, in the UI language. Commands that belong to the
 * document go to the renderer (send); clipboard, zoom and full screen use Electron's roles.
 */
import type { MenuCommand } from '../../shared/api';
import { translate, type Messages } from '../../shared/i18n';

/** The subset of Electron's MenuItemConstructorOptions we use. */
export interface MenuItem {
  label?: string;
  role?: 'cut' | 'copy' | 'paste' | 'selectAll' | 'zoomIn' | 'zoomOut' | 'resetZoom' | 'togglefullscreen' | 'quit' | 'appMenu';
  accelerator?: string;
  type?: 'separator' | 'submenu';
  enabled?: boolean;
  submenu?: MenuItem[];
  click?: () => void;
}

export interface MenuInput {
  language: 'nl' | 'en';
  recent: { id: string; title: string }[];
  platform: string;
  send: (command: MenuCommand) => void;
}

/** The menu: Bestand, Bewerken, Beeld, Help (with the app menu first on macOS). */
export function buildMenuTemplate({ language, recent, platform, send }: MenuInput): MenuItem[] {
  const t = (key: keyof Messages['menu']) => translate(language, `menu.${key}`);
  const sep: MenuItem = { type: 'separator' };
  const menu: MenuItem[] = [
    {
      label: t('file'),
      submenu: [
        { label: t('new'), accelerator: 'CmdOrCtrl+N', click: () => send({ command: 'new' }) },
        { label: t('open'), accelerator: 'CmdOrCtrl+O', click: () => send({ command: 'open' }) },
        { label: t('import'), accelerator: 'CmdOrCtrl+I', click: () => send({ command: 'import' }) },
        sep,
        { label: t('exportPdf'), accelerator: 'CmdOrCtrl+P', click: () => send({ command: 'export-pdf' }) },
        { label: t('exportCsv'), click: () => send({ command: 'export-csv' }) },
        sep,
        {
          label: t('recent'),
          enabled: recent.length > 0,
          submenu: recent.length
            ? recent.map((r) => ({ label: r.title || r.id, click: () => send({ command: 'open-document', id: r.id }) }))
            : [{ label: t('noRecent'), enabled: false }],
        },
        sep,
        { label: t('quit'), role: 'quit', accelerator: platform === 'darwin' ? 'Cmd+Q' : 'Ctrl+Q' },
      ],
    },
    {
      label: t('edit'),
      submenu: [
        { label: t('undo'), accelerator: 'CmdOrCtrl+Z', click: () => send({ command: 'undo' }) },
        { label: t('redo'), accelerator: 'CmdOrCtrl+Shift+Z', click: () => send({ command: 'redo' }) },
        sep,
        { label: t('cut'), role: 'cut' },
        { label: t('copy'), role: 'copy' },
        { label: t('paste'), role: 'paste' },
        { label: t('selectAll'), role: 'selectAll' },
      ],
    },
    {
      label: t('view'),
      submenu: [
        { label: t('zoomIn'), role: 'zoomIn' },
        { label: t('zoomOut'), role: 'zoomOut' },
        { label: t('resetZoom'), role: 'resetZoom' },
        sep,
        { label: t('fullscreen'), role: 'togglefullscreen' },
      ],
    },
    {
      label: t('help'),
      submenu: [
        { label: t('manual'), accelerator: 'F1', click: () => send({ command: 'manual' }) },
        { label: t('about'), click: () => send({ command: 'about' }) },
      ],
    },
  ];
  return platform === 'darwin' ? [{ role: 'appMenu' }, ...menu] : menu;
}
