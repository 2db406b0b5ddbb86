import type { pagerNl } from './pager.nl';

/** English words for the controls of a paged list. */
export const pagerEn: typeof pagerNl = {
  pager: {
    first: 'First page',
    last: 'Last page',
    page: 'Page (1 to {{pages}})',
    go: 'Go to page',
    outOfRange: 'There is no page "{{text}}". Enter a number from 1 to {{pages}}.',
  },
};
