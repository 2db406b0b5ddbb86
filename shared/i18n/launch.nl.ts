/** Dutch words of `npm start` and `npm run web` (the app in the browser, electron/bridge/cli.ts). */
export const launchNl = {
  launch: {
    noDesktop:
      'Op deze computer is geen Electron-programma geïnstalleerd, dus het bureaubladvenster kan niet openen. Impactwijzer start daarom in uw browser, met dezelfde schermen en dezelfde opslag.',
    workspace: 'Uw beoordelingen staan in de werkmap {{dir}}',
    running: 'Impactwijzer draait op {{url}}',
    openYourself: 'Open dit adres in uw browser. Stoppen: Ctrl+C.',
    opening: 'Het adres wordt in uw browser geopend. Stoppen: Ctrl+C.',
    usage: 'Gebruik: npm run web -- --workspace MAP [--port N] [--no-build] [--open] [BESTAND]',
    needWorkspace: 'Geef een werkmap op: npm run web -- --workspace MAP [--port N]',
    badPort: 'Ongeldige poort: {{value}}',
    failed: 'Impactwijzer kon niet starten: {{message}}',
  },
};
