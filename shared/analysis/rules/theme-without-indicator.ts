/** A theme the preferred option affects has no indicator to follow it by (themes only other options touch need none). */
import { themeOf } from '../../framework/framework';
import { affectedThemes } from '../effects';
import { defineRule } from './types';

export const themeWithoutIndicator = defineRule({
  id: 'theme-without-indicator',
  severity: 'medium',
  phase: 'preparation',
  step: 'indicators',
  message: 'findings.theme-without-indicator',
  applies: (doc) => {
    const measured = new Set(doc.preparation.indicators.map((i) => i.theme));
    return affectedThemes(doc)
      .filter((theme) => !measured.has(theme))
      .map((theme) => ({ itemId: theme, key: theme, params: { theme: themeOf(theme).name } }));
  },
});
