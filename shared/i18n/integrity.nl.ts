/** Dutch words of the link checks (shared/model/integrity.ts) in the command line. */
export const integrityNl = {
  integrity: {
    invalid: 'Ongeldig: in {{file}} kloppen koppelingen tussen onderdelen niet ({{count}}):',
    warning: 'Waarschuwing: {{message}}',
  },
};
