import type { fileNameNl } from './file-name.nl';

/** English words in the names of exported files (shared/report/file-name.ts); made into lower-case words with hyphens. */
export const fileNameEn: typeof fileNameNl = {
  fileName: {
    all: 'report',
    preparation: 'preparation',
    implementation: 'implementation',
    evaluation: 'evaluation',
    'as-frozen': 'as frozen',
    data: 'data',
    indicators: 'indicators',
    raadsvoorstel: 'council proposal',
  },
};
