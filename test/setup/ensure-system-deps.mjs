// Before the tests: Chromium (end-to-end), poppler-utils (PDF checks) and LibreOffice (Word checks) from Debian packages,
// installed when missing and when running as root on Debian; otherwise a clear line says so.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const missing = [];
if (!existsSync('/usr/bin/chromium')) missing.push('chromium');
if (spawnSync('sh', ['-c', 'command -v pdftotext'], { stdio: 'ignore' }).status !== 0) missing.push('poppler-utils');
// LibreOffice (docx → PDF in test/shared/report/docx.test.ts; without it those page checks are skipped, saying why).
if (spawnSync('sh', ['-c', 'command -v soffice'], { stdio: 'ignore' }).status !== 0) missing.push('libreoffice-writer-nogui');

if (missing.length > 0) {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root && existsSync('/usr/bin/apt-get')) {
    console.log(`Installing from Debian packages: ${missing.join(', ')}`);
    execSync('apt-get update -qq', { stdio: 'inherit' });
    execSync(`DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${missing.join(' ')}`, { stdio: 'inherit' });
  } else {
    console.warn(
      `Missing: ${missing.join(', ')}. Install them (Debian: apt-get install ${missing.join(' ')}) or Playwright's own browser.`,
    );
  }
}
