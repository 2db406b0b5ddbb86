import { describe, expect, it } from 'vitest';
import type { MenuCommand } from '../../../shared/api';
import { buildMenuTemplate, type MenuItem } from '../../../electron/main/menu';

function labels(items: MenuItem[]): string[] {
  return items.filter((i) => i.type !== 'separator').map((i) => i.label ?? i.role ?? '');
}
function find(items: MenuItem[], label: string): MenuItem {
  const item = items.find((i) => i.label === label);
  if (!item) throw new Error(`no menu item ${label} in ${labels(items).join(', ')}`);
  return item;
}

describe('the application menu', () => {
  const sent: MenuCommand[] = [];
  const nl = buildMenuTemplate({
    language: 'nl',
    recent: [{ id: 'abc', title: 'Medtech Heerlen' }],
    platform: 'linux',
    send: (c) => sent.push(c),
  });

  it('has Bestand, Bewerken, Beeld and Help, with the items of a desktop program, in Dutch', () => {
    expect(labels(nl)).toEqual(['Bestand', 'Bewerken', 'Beeld', 'Help']);
    expect(labels(find(nl, 'Bestand').submenu!)).toEqual([
      'Nieuw',
      'Openen…',
      'Importeren…',
      'Exporteren als PDF…',
      'Exporteren als CSV…',
      'Recente bestanden',
      'Afsluiten',
    ]);
    expect(labels(find(nl, 'Bewerken').submenu!)).toEqual([
      'Ongedaan maken',
      'Opnieuw',
      'Knippen',
      'Kopiëren',
      'Plakken',
      'Alles selecteren',
    ]);
    expect(labels(find(nl, 'Beeld').submenu!)).toEqual(['Inzoomen', 'Uitzoomen', 'Werkelijke grootte', 'Volledig scherm']);
    expect(labels(find(nl, 'Help').submenu!)).toEqual(['Handleiding', 'Over Impactwijzer']);
  });

  it('follows the UI language', () => {
    const en = buildMenuTemplate({ language: 'en', recent: [], platform: 'linux', send: () => undefined });
    expect(labels(en)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(labels(find(en, 'File').submenu!)).toContain('Export as PDF…');
    expect(find(find(en, 'File').submenu!, 'Recent files').enabled).toBe(false);
  });

  it('sends document commands to the renderer and uses roles for the clipboard, zoom and full screen', () => {
    sent.length = 0;
    const file = find(nl, 'Bestand').submenu!;
    find(file, 'Nieuw').click!();
    find(file, 'Exporteren als PDF…').click!();
    find(find(file, 'Recente bestanden').submenu!, 'Medtech Heerlen').click!();
    find(find(nl, 'Bewerken').submenu!, 'Ongedaan maken').click!();
    find(find(nl, 'Help').submenu!, 'Over Impactwijzer').click!();
    expect(sent).toEqual([
      { command: 'new' },
      { command: 'export-pdf' },
      { command: 'open-document', id: 'abc' },
      { command: 'undo' },
      { command: 'about' },
    ]);
    expect(find(find(nl, 'Bewerken').submenu!, 'Kopiëren').role).toBe('copy');
    expect(find(find(nl, 'Beeld').submenu!, 'Volledig scherm').role).toBe('togglefullscreen');
    expect(find(file, 'Afsluiten').role).toBe('quit');
  });

  it('has the usual shortcuts, and the app menu first on macOS', () => {
    const file = find(nl, 'Bestand').submenu!;
    expect(find(file, 'Nieuw').accelerator).toBe('CmdOrCtrl+N');
    expect(find(find(nl, 'Bewerken').submenu!, 'Opnieuw').accelerator).toBe('CmdOrCtrl+Shift+Z');
    const mac = buildMenuTemplate({ language: 'nl', recent: [], platform: 'darwin', send: () => undefined });
    expect(mac[0]).toEqual({ role: 'appMenu' });
  });
});
