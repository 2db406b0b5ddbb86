import { catalogueNl } from './catalogue.nl';
import { cliNl } from './cli.nl';
import { errorsNl } from './errors.nl';
import { findingsNl } from './findings.nl';
import { historyNl } from './history.nl';
import { conflictsNl } from './conflicts.nl';
import { gradingNl } from './grading.nl';
import { frozenNl } from './frozen.nl';
import { scaleNl } from './scale.nl';
import { longListNl } from './long-list.nl';
import { processNl } from './process.nl';
import { integrityNl } from './integrity.nl';
import { openedNl } from './opened.nl';
import { journalNl } from './journal.nl';
import { launchNl } from './launch.nl';
import { fileNameNl } from './file-name.nl';
import { datesNl } from './dates.nl';
import { pasteNl } from './paste.nl';
import { excelNl } from './excel.nl';
import { tradeoffNl } from './tradeoff.nl';
import { tocNl } from './toc.nl';
import { a11yNl } from './a11y.nl';
import { phasesNl } from './phases.nl';
import { reportNl } from './report.nl';
import { wizardNl } from './wizard.nl';
import { wordNl } from './word.nl';
import { typographyNl } from './typography.nl';
import { limitsNl } from './limits.nl';
import { stepFoldsNl } from './step-folds.nl';

/** Dutch messages: the source language. Every key here must exist in en.ts (checked by type and test). */
export const nl = {
  ...wizardNl,
  ...phasesNl,
  ...findingsNl,
  ...reportNl,
  ...errorsNl,
  ...cliNl,
  ...pasteNl,
  ...excelNl,
  ...gradingNl,
  ...tradeoffNl,
  ...tocNl,
  ...a11yNl,
  ...wordNl,
  ...typographyNl,
  ...journalNl,
  ...launchNl,
  ...fileNameNl,
  ...datesNl,
  ...catalogueNl,
  ...historyNl,
  ...conflictsNl,
  ...frozenNl,
  ...scaleNl,
  ...longListNl,
  ...processNl,
  ...integrityNl,
  ...openedNl,
  ...limitsNl,
  ...stepFoldsNl,
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
    deleted: 'Beoordeling "{{title}}" is naar de prullenbak verplaatst.',
    colProgress: 'Voortgang fase',
    progressValue: '{{percent}}%',
    duplicate: 'Dupliceren',
    duplicateNamed: '{{title}} dupliceren',
    duplicated: 'Kopie gemaakt: "{{title}}".',
    exportJson: 'Exporteren (JSON)',
    exportJsonNamed: '{{title}} exporteren als JSON',
    exported: '"{{fileName}}" is opgeslagen in uw downloads.',
    example: 'Voorbeeld openen',
    exampleHint: 'Een ingevuld voorbeeld met fictieve cijfers: de Medtech-logistiek in Heerlen, door alle drie de fasen.',
    importLabel: 'Beoordeling importeren (JSON-bestand)',
    importHint: 'Het bestand wordt eerst gecontroleerd; bij een fout blijft uw werkmap ongewijzigd.',
    imported: '"{{title}}" is geïmporteerd.',
    importedMigrated: '"{{title}}" is geïmporteerd en omgezet van versie {{from}} naar de huidige versie.',
    importFailed: 'Importeren is mislukt.',
    quarantineTitle: 'Bestanden die niet konden worden gelezen',
    quarantineIntro:
      'Deze Impactwijzer-documenten zijn beschadigd en konden niet worden gelezen. Ze zijn ongewijzigd en onder hun oorspronkelijke naam apart gezet in de map .impactwijzer/quarantaine.',
    quarantineItem: '{{fileName}}: {{reason}}',
    trashTitle: 'Prullenbak',
    trashEmpty: 'De prullenbak is leeg.',
    restore: 'Terugzetten',
    restoreNamed: '{{title}} terugzetten',
    restored: '"{{title}}" is teruggezet.',
    deletedAt: 'verwijderd op {{date}}',
    readOnlyTitle: 'Werkmap is alleen-lezen',
    readOnlyBody:
      'U kunt de beoordelingen in deze werkmap openen en lezen, maar wijzigingen kunnen hier niet worden opgeslagen. Wilt u verder werken? Sla dan een kopie elders op met "Exporteren (JSON)" en importeer die in een werkmap waarin u mag schrijven.',
    skippedTitle: 'Niet herkend',
    skippedIntro:
      'Deze bestanden staan ook in de werkmap, maar zijn geen Impactwijzer-documenten of konden niet worden bekeken. Impactwijzer laat ze ongewijzigd staan.',
    settingsNoticeTitle: 'Instellingen hersteld',
  },
  phase: {
    preparation: 'Voorbereiding (ex ante)',
    implementation: 'Uitvoering (monitoring)',
    evaluation: 'Evaluatie (ex post)',
  },
  severity: { high: 'Belangrijk', medium: 'Aandachtspunt', low: 'Kleinigheid' },
  steps: {
    context: 'Context',
    problem: 'Probleem en ambitie',
    theory: 'Veranderingstheorie',
    options: 'Beleidsopties',
    effects: 'Verwachte effecten',
    spillovers: 'Effecten tussen domeinen',
    indicators: 'Indicatoren',
    perceived: 'Ervaren uitkomsten',
    review: 'Overzicht en afweging',
    measurements: 'Metingen',
    signals: 'Signalen',
    'citizen-signals': 'Signalen van inwoners',
    adjustments: 'Bijsturing',
    results: 'Resultaten',
    process: 'Procesevaluatie',
    'expected-realised': 'Verwacht en gerealiseerd',
    unintended: 'Onbedoelde effecten',
    'perceived-measured': 'Ervaren uitkomsten gemeten',
    distribution: 'Verdeling',
    conclusions: 'Conclusies',
  },
  menu: {
    file: 'Bestand',
    new: 'Nieuw',
    open: 'Openen…',
    import: 'Importeren…',
    exportPdf: 'Exporteren als PDF…',
    exportCsv: 'Exporteren als CSV…',
    recent: 'Recente bestanden',
    noRecent: 'Nog geen recente bestanden',
    quit: 'Afsluiten',
    edit: 'Bewerken',
    undo: 'Ongedaan maken',
    redo: 'Opnieuw',
    cut: 'Knippen',
    copy: 'Kopiëren',
    paste: 'Plakken',
    selectAll: 'Alles selecteren',
    view: 'Beeld',
    zoomIn: 'Inzoomen',
    zoomOut: 'Uitzoomen',
    resetZoom: 'Werkelijke grootte',
    fullscreen: 'Volledig scherm',
    help: 'Help',
    manual: 'Handleiding',
    about: 'Over Impactwijzer',
    quitTitle: 'Wijzigingen niet opgeslagen',
    quitMessage: 'Niet alle wijzigingen konden worden opgeslagen. Wilt u Impactwijzer toch afsluiten?',
    quitAnyway: 'Toch afsluiten',
    stay: 'Niet afsluiten',
  },
  about: {
    title: 'Over Impactwijzer',
    version: 'Versie {{version}}',
    text: 'Impactwijzer helpt overheden beleid te sturen op brede welvaart, door voorbereiding, uitvoering en evaluatie heen. Het kader is de Monitor Brede Welvaart van het CBS (Bron: CBS, CC BY 4.0). Lettertype: Noto Sans (SIL Open Font License 1.1).',
    offline: 'Impactwijzer werkt offline: uw gegevens blijven op deze computer.',
  },
  manual: {
    title: 'Handleiding',
    intro:
      'Een beoordeling volgt één beleid door drie fasen. Links staan alle stappen met hun status; rechts of onder de stap ziet u wat er nog ontbreekt.',
    steps: [
      'Voorbereiding: beschrijf probleem en ambitie, de veranderingstheorie en de opties met de nuloptie; schat per thema de effecten in (hier en nu, later, elders); kies indicatoren met nulmeting en streefwaarde.',
      'Uitvoering: leg bij de overgang de verwachtingen vast; voer metingen in of plak ze uit een spreadsheet; volg de signalen en leg bijstellingen vast met een reden.',
      'Evaluatie: zet eindwaarden en gerealiseerde effecten naast de verwachting, met bewijs en bijdrage; trek conclusies.',
    ],
    keys: 'Sneltoetsen: Ctrl+Z ongedaan maken, Ctrl+Shift+Z opnieuw, Ctrl+N nieuw, Ctrl+O openen, Ctrl+P PDF exporteren, F1 deze handleiding.',
    close: 'Sluiten',
  },
  confirmDelete: {
    title: 'Beoordeling verwijderen?',
    body: 'Weet u zeker dat u "{{title}}" wilt verwijderen? U kunt de beoordeling terugzetten vanuit de prullenbak.',
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
