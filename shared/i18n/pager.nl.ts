/** Dutch words for the controls of a paged list: first and last page, and a page chosen by number. */
export const pagerNl = {
  pager: {
    first: 'Eerste pagina',
    last: 'Laatste pagina',
    page: 'Pagina (1 t/m {{pages}})',
    go: 'Ga naar pagina',
    outOfRange: 'Pagina "{{text}}" bestaat niet. Vul een nummer in van 1 tot en met {{pages}}.',
  },
};
