import type { Messages } from './nl';

/** English messages. */
export const en: Messages = {
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
    deleted: 'Assessment "{{title}}" was deleted.',
  },
  phase: {
    preparation: 'Preparation (ex ante)',
    implementation: 'Implementation (monitoring)',
    evaluation: 'Evaluation (ex post)',
  },
  confirmDelete: {
    title: 'Delete assessment?',
    body: 'Are you sure you want to delete "{{title}}"?',
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
