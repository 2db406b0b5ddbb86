/** Dutch messages of pasted measurements: one per problem code of shared/analysis/paste.ts. */
export const pasteNl = {
  paste: {
    unknownIndicator: 'onbekende indicator "{{text}}"',
    invalidDate: 'ongeldige datum "{{text}}" (gebruik bijvoorbeeld 31-12-2025)',
    invalidValue: 'ongeldige waarde "{{text}}"',
    incompleteComparison: 'vergelijking: geef een gebied en een waarde',
  },
};
