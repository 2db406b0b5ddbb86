/** Dutch messages: the source language. Every key here must exist in en.ts (checked by type and test). */
export const nl = {
  app: {
    name: 'Impactwijzer',
    tagline: 'Beleid sturen op brede welvaart',
    skipToContent: 'Naar de inhoud',
    language: 'Taal',
    languages: { nl: 'Nederlands', en: 'English' },
    loading: 'Bezig met laden…',
    backendError: 'Er ging iets mis: {{message}}',
    dismiss: 'Melding sluiten',
  },
  start: {
    title: 'Uw beoordelingen',
    intro:
      'Een beoordeling volgt één beleidsvoorstel of project door voorbereiding, uitvoering en evaluatie. Wat u vooraf verwacht, is wat u achteraf toetst.',
    newTitleLabel: 'Titel van de nieuwe beoordeling',
    newTitlePlaceholder: 'Bijvoorbeeld: Medtech-logistiek Heerlen',
    newButton: 'Nieuwe beoordeling',
    titleRequired: 'Geef de beoordeling een titel.',
    listCaption: 'Beoordelingen in de werkmap',
    colTitle: 'Titel',
    colPhase: 'Fase',
    colChanged: 'Laatst gewijzigd',
    colActions: 'Acties',
    open: 'Openen',
    openNamed: '{{title}} openen',
    delete: 'Verwijderen',
    deleteNamed: '{{title}} verwijderen',
    empty: 'Er staan nog geen beoordelingen in de werkmap. Begin met een nieuwe beoordeling.',
    workspace: 'Werkmap: {{dir}}',
    created: 'Beoordeling "{{title}}" is aangemaakt.',
    deleted: 'Beoordeling "{{title}}" is verwijderd.',
  },
  phase: {
    preparation: 'Voorbereiding (ex ante)',
    implementation: 'Uitvoering (monitoring)',
    evaluation: 'Evaluatie (ex post)',
  },
  confirmDelete: {
    title: 'Beoordeling verwijderen?',
    body: 'Weet u zeker dat u "{{title}}" wilt verwijderen?',
    confirm: 'Ja, verwijderen',
    cancel: 'Annuleren',
  },
  document: {
    back: 'Terug naar het overzicht',
    titleLabel: 'Titel',
    organisationLabel: 'Organisatie',
    save: 'Opslaan',
    saved: 'Opgeslagen',
    saving: 'Opslaan…',
    unsaved: 'Niet opgeslagen wijzigingen',
    saveFailed: 'Opslaan mislukt: {{message}}',
    retry: 'Opnieuw proberen',
  },
};

/** The shape every language must have. */
export type Messages = typeof nl;
