/**
 * A near-full disk (40 KB free) while a 57 KB assessment is edited: the save fails with the
 * disk-full message in the UI's language, the file on disk is never truncated, and once space is
 * freed the edit is saved.
 */
import { readdir, readFile, truncate } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { translate } from '../../shared/i18n';
import type { MessageKey, MessageValues } from '../../shared/i18n/lookup';
import { parseDocumentBytes } from '../../shared/model/load';
import { sizedDocument } from '../electron/backend/storage/docs';
import { fillLeaving, tryMountTmpfs, unmount } from '../tmpfs';
import { expect, openApp, test, type App } from './fixtures';

const TITLE = 'Bijna vol';

/** Opens the app in `lang`, imports a 57 KB document and opens it; answers its file. */
async function openBigDocument(page: Page, app: App, lang: 'nl' | 'en', t: (k: MessageKey, v?: MessageValues) => string) {
  await openApp(page, app);
  if (lang === 'en') await page.getByLabel('Taal').selectOption('en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('start.title'));
  const doc = sizedDocument('bijna-vol', TITLE, 57 * 1024);
  const buffer = Buffer.from(JSON.stringify(doc));
  await page.getByLabel(t('start.importLabel')).setInputFiles({ name: 'bijna-vol.json', mimeType: 'application/json', buffer });
  await page.getByRole('button', { name: t('start.openNamed', { title: TITLE }) }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('steps.context'));
  return join(app.workspaceDir, 'bijna-vol.impactwijzer.json');
}

for (const lang of ['nl', 'en'] as const) {
  test(`near-full disk (${lang}): disk-full message, the file stays whole; after freeing space the edit is saved`, async ({
    page,
    app,
  }) => {
    const t = (key: MessageKey, values?: MessageValues) => translate(lang, key, values);
    // The bridge made the workspace folder; the tmpfs goes over it before the page first touches it.
    const reason = tryMountTmpfs(app.workspaceDir);
    if (reason) {
      console.log(`Skipped the near-full case: ${reason}`);
      test.skip(true, reason);
      return;
    }
    try {
      const file = await openBigDocument(page, app, lang, t);
      const before = await readFile(file);
      expect(before.length).toBeGreaterThanOrEqual(57 * 1024);
      const filler = await fillLeaving(app.workspaceDir, 40 * 1024);
      await page.getByLabel(t('fields.organisation'), { exact: true }).fill('Gemeente Voorbeeld');
      const toolbar = page.getByRole('toolbar');
      await expect(toolbar).toContainText(t('document.saveFailed', { message: t('errors.disk-full') }), { timeout: 15_000 });
      expect(await readFile(file)).toEqual(before);
      // The backup is never truncated either: absent, or a whole document.
      const backupFile = join(app.workspaceDir, '.impactwijzer', 'reservekopie', 'bijna-vol.json');
      const backupNow = await readFile(backupFile).catch(() => null);
      if (backupNow) expect(parseDocumentBytes(backupNow).document.context.title).toBe(TITLE);
      const files = await readdir(app.workspaceDir, { recursive: true });
      expect(files.filter((f) => f.includes('.iw-tmp-'))).toEqual([]);
      await page.screenshot({ path: `test-results/screens/${lang}-error-near-full.png`, fullPage: true });

      await truncate(filler, 0);
      await page.getByRole('button', { name: t('document.retry') }).click();
      await expect(toolbar.getByRole('status')).toHaveText(t('document.saved'), { timeout: 15_000 });
      const saved = parseDocumentBytes(await readFile(file)).document;
      expect(saved.context.organisation).toBe('Gemeente Voorbeeld');
      expect(parseDocumentBytes(await readFile(backupFile)).document.context.title).toBe(TITLE);
    } finally {
      unmount(app.workspaceDir);
    }
  });
}
