import type { Messages } from './nl';
import { catalogueEn } from './catalogue.en';
import { cliEn } from './cli.en';
import { errorsEn } from './errors.en';
import { findingsEn } from './findings.en';
import { historyEn } from './history.en';
import { conflictsEn } from './conflicts.en';
import { gradingEn } from './grading.en';
import { frozenEn } from './frozen.en';
import { scaleEn } from './scale.en';
import { longListEn } from './long-list.en';
import { pagerEn } from './pager.en';
import { processEn } from './process.en';
import { integrityEn } from './integrity.en';
import { openedEn } from './opened.en';
import { journalEn } from './journal.en';
import { launchEn } from './launch.en';
import { fileNameEn } from './file-name.en';
import { datesEn } from './dates.en';
import { pasteEn } from './paste.en';
import { excelEn } from './excel.en';
import { tradeoffEn } from './tradeoff.en';
import { tocEn } from './toc.en';
import { a11yEn } from './a11y.en';
import { phasesEn } from './phases.en';
import { reportEn } from './report.en';
import { wizardEn } from './wizard.en';
import { wordEn } from './word.en';
import { typographyEn } from './typography.en';
import { limitsEn } from './limits.en';
import { stepFoldsEn } from './step-folds.en';

/** English messages. */
export const en: Messages = {
  ...wizardEn,
  ...phasesEn,
  ...findingsEn,
  ...reportEn,
  ...errorsEn,
  ...cliEn,
  ...pasteEn,
  ...excelEn,
  ...gradingEn,
  ...tradeoffEn,
  ...tocEn,
  ...a11yEn,
  ...wordEn,
  ...typographyEn,
  ...journalEn,
  ...launchEn,
  ...fileNameEn,
  ...datesEn,
  ...catalogueEn,
  ...historyEn,
  ...conflictsEn,
  ...frozenEn,
  ...scaleEn,
  ...longListEn,
  ...pagerEn,
  ...processEn,
  ...integrityEn,
  ...openedEn,
  ...limitsEn,
  ...stepFoldsEn,
  app: {
    name: 'Impactwijzer',
    tagline: 'Steering policy on broad prosperity',
    skipToContent: 'Skip to content',
    language: 'Language',
    languages: { nl: 'Nederlands', en: 'English' },
    loading: 'Loading…',
    backendError: 'Something went wrong: {{message}}',
    dismiss: 'Dismiss message',
  },
  start: {
    title: 'Your assessments',
    intro:
      'An assessment follows one policy proposal or project through preparation, implementation and evaluation. What you expect beforehand is what you evaluate afterwards.',
    newTitleLabel: 'Title of the new assessment',
    newTitlePlaceholder: 'For example: Medtech logistics Heerlen',
    newButton: 'New assessment',
    titleRequired: 'Give the assessment a title.',
    listCaption: 'Assessments in the workspace',
    colTitle: 'Title',
    colPhase: 'Phase',
    colChanged: 'Last changed',
    colActions: 'Actions',
    open: 'Open',
    openNamed: 'Open {{title}}',
    delete: 'Delete',
    deleteNamed: 'Delete {{title}}',
    empty: 'There are no assessments in the workspace yet. Start with a new assessment.',
    workspace: 'Workspace: {{dir}}',
    created: 'Assessment "{{title}}" was created.',
    deleted: 'Assessment "{{title}}" was moved to the trash.',
    colProgress: 'Phase progress',
    progressValue: '{{percent}}%',
    duplicate: 'Duplicate',
    duplicateNamed: 'Duplicate {{title}}',
    duplicated: 'Copy made: "{{title}}".',
    exportJson: 'Export (JSON)',
    exportJsonNamed: 'Export {{title}} as JSON',
    exported: '"{{fileName}}" was saved to your downloads.',
    example: 'Open example',
    exampleHint: 'A filled-in example with fictitious figures: Medtech logistics in Heerlen, through all three phases.',
    importLabel: 'Import an assessment (JSON file)',
    importHint: 'The file is checked first; if anything is wrong, your workspace stays unchanged.',
    imported: '"{{title}}" was imported.',
    importedMigrated: '"{{title}}" was imported and converted from version {{from}} to the current version.',
    importFailed: 'Import failed.',
    quarantineTitle: 'Files that could not be read',
    quarantineIntro:
      'These Impactwijzer documents are damaged and could not be read. They were set aside, unchanged and under their original name, in the folder .impactwijzer/quarantaine.',
    quarantineItem: '{{fileName}}: {{reason}}',
    trashTitle: 'Trash',
    trashEmpty: 'The trash is empty.',
    restore: 'Restore',
    restoreNamed: 'Restore {{title}}',
    restored: '"{{title}}" was restored.',
    deletedAt: 'deleted on {{date}}',
    readOnlyTitle: 'Workspace is read-only',
    readOnlyBody:
      'You can open and read the assessments in this workspace, but changes cannot be saved here. To keep working, save a copy elsewhere with "Export (JSON)" and import it into a workspace you can write to.',
    skippedTitle: 'Not recognised',
    skippedIntro:
      'These files are also in the workspace, but they are not Impactwijzer documents or could not be looked at. Impactwijzer leaves them as they are.',
    settingsNoticeTitle: 'Settings restored',
  },
  phase: {
    preparation: 'Preparation (ex ante)',
    implementation: 'Implementation (monitoring)',
    evaluation: 'Evaluation (ex post)',
  },
  severity: { high: 'Important', medium: 'Point of attention', low: 'Minor' },
  steps: {
    context: 'Context',
    problem: 'Problem and ambition',
    theory: 'Theory of change',
    options: 'Policy options',
    effects: 'Expected effects',
    spillovers: 'Cross-domain effects',
    indicators: 'Indicators',
    perceived: 'Perceived outcomes',
    review: 'Review and trade-offs',
    measurements: 'Measurements',
    signals: 'Signals',
    'citizen-signals': 'Citizen signals',
    adjustments: 'Adjustments',
    results: 'Results',
    process: 'Process evaluation',
    'expected-realised': 'Expected versus realised',
    unintended: 'Unintended effects',
    'perceived-measured': 'Perceived outcomes measured',
    distribution: 'Distribution',
    conclusions: 'Conclusions',
  },
  menu: {
    file: 'File',
    new: 'New',
    open: 'Open…',
    import: 'Import…',
    exportPdf: 'Export as PDF…',
    exportCsv: 'Export as CSV…',
    recent: 'Recent files',
    noRecent: 'No recent files yet',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select all',
    view: 'View',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    resetZoom: 'Actual size',
    fullscreen: 'Full screen',
    help: 'Help',
    manual: 'Manual',
    about: 'About Impactwijzer',
    quitTitle: 'Changes not saved',
    quitMessage: 'Not all changes could be saved. Quit Impactwijzer anyway?',
    quitAnyway: 'Quit anyway',
    stay: 'Do not quit',
  },
  about: {
    title: 'About Impactwijzer',
    version: 'Version {{version}}',
    text: 'Impactwijzer helps governments steer policy on broad prosperity, through preparation, implementation and evaluation. The framework is the CBS Monitor of Well-being (Source: CBS, CC BY 4.0). Font: Noto Sans (SIL Open Font License 1.1).',
    offline: 'Impactwijzer works offline: your data stays on this computer.',
  },
  manual: {
    title: 'Manual',
    intro:
      'An assessment follows one policy through three phases. On the left are all steps with their state; to the right of or below the step you see what is still missing.',
    steps: [
      'Preparation: describe the problem and ambition, the theory of change and the options including the zero option; estimate the effects per theme (here and now, later, elsewhere); choose indicators with baseline and target.',
      'Implementation: freeze the expectations at the transition; enter measurements or paste them from a spreadsheet; follow the signals and record adjustments with a reason.',
      'Evaluation: put final values and realised effects next to the expectation, with evidence and contribution; draw conclusions.',
    ],
    keys: 'Shortcuts: Ctrl+Z undo, Ctrl+Shift+Z redo, Ctrl+N new, Ctrl+O open, Ctrl+P export PDF, F1 this manual.',
    close: 'Close',
  },
  confirmDelete: {
    title: 'Delete assessment?',
    body: 'Are you sure you want to delete "{{title}}"? You can restore it from the trash.',
    confirm: 'Yes, delete',
    cancel: 'Cancel',
  },
  document: {
    back: 'Back to the overview',
    titleLabel: 'Title',
    organisationLabel: 'Organisation',
    save: 'Save',
    saved: 'Saved',
    saving: 'Saving…',
    unsaved: 'Unsaved changes',
    saveFailed: 'Saving failed: {{message}}',
    retry: 'Try again',
  },
};
