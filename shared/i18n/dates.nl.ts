/** Dutch words of the date fields (renderer/components/date-input.tsx). */
export const datesNl = {
  dates: {
    format: 'Schrijf als dd-mm-jjjj, bijvoorbeeld 30-06-2025.',
    invalid: '"{{text}}" is geen geldige datum. Schrijf als dd-mm-jjjj, bijvoorbeeld 30-06-2025.',
  },
};
