import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { translate } from '../../shared/i18n';
import { tempDir } from '../helpers';

/** True when this checkout has an Electron binary (then `npm start` opens the desktop window instead). */
function hasElectron(): boolean {
  const pathFile = join('node_modules', 'electron', 'path.txt');
  return existsSync(pathFile) && existsSync(join('node_modules', 'electron', 'dist', readFileSync(pathFile, 'utf8').trim()));
}

/** Runs `npm start` (node electron/start.mjs) with HOME in a temp folder until it prints its address; then stops it. */
async function npmStart(lang: string | undefined): Promise<{ home: string; output: string; url: string; stop: () => Promise<void> }> {
  const home = await tempDir('iw-start-');
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: home, USERPROFILE: home };
  for (const name of ['LANG', 'LC_ALL', 'LC_MESSAGES', 'DISPLAY', 'WAYLAND_DISPLAY']) delete env[name];
  if (lang) env.LANG = lang;
  // --port 0: a free port; --no-build: the test set-up built the renderer already.
  const child = spawn(process.execPath, ['electron/start.mjs', '--port', '0', '--no-build'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  let output = '';
  const url = await new Promise<string>((done, fail) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(output);
      if (match && output.endsWith('\n')) done(match[1]!);
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => fail(new Error(`npm start exited (${code}): ${output}`)));
  });
  return {
    home,
    output,
    url,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

describe.skipIf(hasElectron())('npm start without an Electron binary', () => {
  it('serves the app in the browser on ~/Impactwijzer and says why, in English under LANG=en_US.UTF-8', async () => {
    const started = await npmStart('en_US.UTF-8');
    try {
      const workspace = join(started.home, 'Impactwijzer');
      expect(statSync(workspace).isDirectory()).toBe(true);
      expect(started.output).toContain(translate('en', 'launch.noDesktop'));
      expect(started.output).toContain(translate('en', 'launch.workspace', { dir: workspace }));
      expect(started.output).toContain(translate('en', 'launch.openYourself')); // no screen here, so nothing to open
      const page = await fetch(started.url);
      expect(page.status).toBe(200);
      expect(await page.text()).toMatch(/<title>Impactwijzer<\/title>[\s\S]*<div id="root"/);
    } finally {
      await started.stop();
    }
  });

  it('speaks Dutch when LANG does not ask for English', async () => {
    const started = await npmStart(undefined);
    try {
      expect(started.output).toContain(translate('nl', 'launch.noDesktop'));
      expect(started.output).toContain(translate('nl', 'launch.running', { url: started.url }));
    } finally {
      await started.stop();
    }
  });
});
