/** Step 5 of preparation: the expected effects per option, theme and dimension. */
import { consideredEffects } from '../../analysis/effects';
import { dimensionOf } from '../../framework/framework';
import { defineStep } from '../types';

export const effectsStep = defineStep({
  id: 'effects',
  phase: 'preparation',
  holdsExpectations: true,
  requirements: (doc) => {
    const effects = consideredEffects(doc);
    const dimensions = (['later', 'elders'] as const).filter((d) => effects.some((e) => dimensionOf(e.theme) === d));
    return [
      { id: 'effects', filled: effects.length > 0 ? 1 : 0 },
      { id: 'effects-later-elsewhere', filled: dimensions.length / 2 },
    ];
  },
});
