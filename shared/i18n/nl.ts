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
import { pagerNl } from './pager.nl';
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
import { appNl } from './app.nl';
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
  ...pagerNl,
  ...processNl,
  ...integrityNl,
  ...openedNl,
  ...limitsNl,
  ...appNl,
  ...stepFoldsNl,
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
