import type { wordNl } from './word.nl';

/** English words of the Word export (issue 16). */
export const wordEn: typeof wordNl = {
  word: {
    button: 'Export as Word',
    title: 'Export the report as Word',
    format: 'File format',
    pdf: 'PDF',
    docx: 'Word (.docx)',
    raadsvoorstel: 'Paragraph for the council proposal (Word)',
    raadsvoorstelHint: 'At most two pages to paste into the council proposal: effect map, trade-offs, distribution and monitoring plan.',
    tocHint: 'Right-click the table of contents and choose "Update field" to fill in the page numbers.',
    chartAlt: 'Chart: {{text}}',
    rv: {
      title: 'Broad prosperity: effects of {{option}}',
      kind: 'Paragraph for the council proposal',
      intro:
        'This paragraph summarises the broad prosperity assessment of {{title}}. The preferred option is {{option}}; its effects are described relative to the zero option ({{zero}}).',
      noZero: 'no zero option described',
      noPreferred: 'No preferred option has been chosen yet.',
      monitoring: 'Monitoring plan',
      monitoringIntro: 'This is how we will follow whether the expected effects occur:',
      noIndicators: 'No indicators have been chosen yet.',
      indicator: 'Indicator',
      baseline: 'Baseline',
      target: 'Target',
      frequency: 'Frequency',
      owner: 'Measured by',
      source: 'Source: Impactwijzer, assessment "{{title}}", {{date}}.',
      cliWritten: 'Paragraph for the council proposal written to {{file}} ({{kb}} kB).',
    },
    cliWritten: 'Word report written to {{file}} ({{kb}} kB).',
    cliUnknownFormat: 'Unknown file format "{{value}}": choose pdf or docx.',
    cliRaadsvoorstelNeedsDocx: '--raadsvoorstel only works with --format docx.',
  },
};
