import type { launchNl } from './launch.nl';

/** English words of `npm start` and `npm run web` (the app in the browser, electron/bridge/cli.ts). */
export const launchEn: typeof launchNl = {
  launch: {
    noDesktop:
      'No Electron program is installed on this computer, so the desktop window cannot open. Impactwijzer therefore starts in your browser, with the same screens and the same storage.',
    workspace: 'Your assessments are kept in the workspace folder {{dir}}',
    running: 'Impactwijzer is running at {{url}}',
    openYourself: 'Open this address in your browser. To stop: Ctrl+C.',
    opening: 'The address is being opened in your browser. To stop: Ctrl+C.',
    usage: 'Usage: npm run web -- --workspace FOLDER [--port N] [--no-build] [--open] [FILE]',
    needWorkspace: 'Give a workspace folder: npm run web -- --workspace FOLDER [--port N]',
    badPort: 'Invalid port: {{value}}',
    failed: 'Impactwijzer could not start: {{message}}',
  },
};
