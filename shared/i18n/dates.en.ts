/** English words of the date fields (renderer/components/date-input.tsx). */
export const datesEn = {
  dates: {
    format: 'Write as dd/mm/yyyy, for example 30/06/2025.',
    invalid: '"{{text}}" is not a valid date. Write as dd/mm/yyyy, for example 30/06/2025.',
  },
};
