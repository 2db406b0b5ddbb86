/** Dutch words for files opened from the system and edited where they are (electron/backend/documents/external.ts). */
export const openedNl = {
  opened: {
    notOpenedTitle: 'Bestand niet geopend',
    notOpened: 'Impactwijzer kon {{file}} niet openen.',
    where: 'Opgeslagen in',
    workspace: 'werkmap',
    inPlace: 'Geopend vanaf {{path}}. Wijzigingen worden in dit bestand zelf opgeslagen.',
    copyToWorkspace: 'Kopie in werkmap',
    copyToWorkspaceNamed: 'Kopie van {{title}} in de werkmap zetten',
    copied:
      'Er staat nu een kopie in de werkmap: "{{title}}". U werkt verder in de kopie; het oorspronkelijke bestand blijft zoals het is.',
    forget: 'Uit lijst',
    forgetNamed: '{{title}} uit de lijst halen (het bestand blijft staan)',
    forgotten: '"{{title}}" staat niet meer in de lijst. Het bestand zelf is niet verwijderd.',
  },
};
