import { describe, expect, it } from 'vitest';
import { isTrustedSender, type OwnWindow } from '../../../../electron/main/ipc/sender';

const mainFrame = { name: 'main frame' };
const own: OwnWindow = { webContentsId: 7, mainFrame, appOrigin: 'app://impactwijzer' };

describe('isTrustedSender', () => {
  it('trusts our own window main frame on our own page', () => {
    expect(isTrustedSender({ webContentsId: 7, frame: mainFrame, frameUrl: 'app://impactwijzer/index.html' }, own)).toBe(true);
  });

  it.each([
    ['another window', { webContentsId: 8, frame: mainFrame, frameUrl: 'app://impactwijzer/index.html' }],
    ['a subframe', { webContentsId: 7, frame: { name: 'iframe' }, frameUrl: 'app://impactwijzer/index.html' }],
    ['a destroyed frame', { webContentsId: 7, frame: null, frameUrl: 'app://impactwijzer/index.html' }],
    ['a missing frame', { webContentsId: 7, frame: undefined, frameUrl: '' }],
    ['a remote page', { webContentsId: 7, frame: mainFrame, frameUrl: 'https://evil.example/' }],
    ['a file page', { webContentsId: 7, frame: mainFrame, frameUrl: 'file:///tmp/x.html' }],
    ['a lookalike host', { webContentsId: 7, frame: mainFrame, frameUrl: 'app://impactwijzer.evil/index.html' }],
    ['a data URL', { webContentsId: 7, frame: mainFrame, frameUrl: 'data:text/html,<script>1</script>' }],
    ['a garbage URL', { webContentsId: 7, frame: mainFrame, frameUrl: '::::' }],
  ])('refuses %s', (_label, sender) => {
    expect(isTrustedSender(sender, own)).toBe(false);
  });

  it('refuses everything when the window is gone', () => {
    expect(isTrustedSender({ webContentsId: 7, frame: mainFrame, frameUrl: 'app://impactwijzer/' }, null)).toBe(false);
  });
});
