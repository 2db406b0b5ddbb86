/** Dutch messages of the crash journal (unsaved edits offered back) and of a lost connection to the bridge. */
export const journalNl = {
  journal: {
    title: 'Niet-opgeslagen wijzigingen van {{time}} herstellen?',
    body: 'Deze beoordeling had wijzigingen die nog niet waren opgeslagen toen Impactwijzer onverwacht stopte of de pagina werd vernieuwd. Ze zijn op deze computer bewaard.',
    stale:
      'Let op: de beoordeling is daarna ook op een andere manier gewijzigd. Herstellen zet de bewaarde versie terug; met Ongedaan maken gaat u terug naar de huidige versie.',
    otherTab: 'Deze wijzigingen zijn gemaakt in een ander tabblad of venster met deze beoordeling.',
    restore: 'Herstellen',
    discard: 'Weggooien',
    restored: 'De niet-opgeslagen wijzigingen zijn hersteld en opgeslagen.',
    discarded: 'De niet-opgeslagen wijzigingen zijn weggegooid.',
  },
  connection: {
    title: 'De verbinding met Impactwijzer is verbroken',
    offline:
      'Impactwijzer draait niet meer. Start het opnieuw (npm run web) en open het nieuwe adres dat dan wordt getoond. Wat u nog niet had opgeslagen, is op deze computer bewaard; u krijgt het daar terug.',
    unauthorized:
      'Impactwijzer is opnieuw gestart en heeft nu een nieuw adres. Open het adres dat bij het starten werd getoond; dit tabblad kan niet meer opslaan. Wat u nog niet had opgeslagen, is op deze computer bewaard; u krijgt het daar terug.',
  },
};
