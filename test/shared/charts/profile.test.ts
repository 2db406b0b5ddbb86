import { describe, expect, it } from 'vitest';
import { effectProfile, type ProfileEffect } from '../../../shared/charts/profile';

const e = (dimension: ProfileEffect['dimension'], direction: number | null, theme = 'wonen'): ProfileEffect => ({
  theme,
  dimension,
  direction,
});

describe('effectProfile', () => {
  it('gives all three dimensions in order, also without effects', () => {
    expect(effectProfile([])).toEqual([
      { dimension: 'hier-en-nu', mean: null, positive: 0, negative: 0, neutral: 0, considered: 0 },
      { dimension: 'later', mean: null, positive: 0, negative: 0, neutral: 0, considered: 0 },
      { dimension: 'elders', mean: null, positive: 0, negative: 0, neutral: 0, considered: 0 },
    ]);
  });

  it('averages the assessed directions and counts their signs, ignoring nulls', () => {
    const profile = effectProfile([
      e('elders', -2),
      e('hier-en-nu', 2),
      e('hier-en-nu', -1),
      e('hier-en-nu', 0),
      e('hier-en-nu', null),
      e('elders', -1),
      e('later', null),
    ]);
    const [here, later, elsewhere] = profile;
    expect(here).toMatchObject({ dimension: 'hier-en-nu', positive: 1, negative: 1, neutral: 1, considered: 3 });
    expect(here!.mean).toBeCloseTo(1 / 3);
    expect(later).toEqual({ dimension: 'later', mean: null, positive: 0, negative: 0, neutral: 0, considered: 0 });
    expect(elsewhere).toEqual({ dimension: 'elders', mean: -1.5, positive: 0, negative: 2, neutral: 0, considered: 2 });
  });

  it('counts effects on several themes together within a dimension', () => {
    const [, later] = effectProfile([e('later', 2, 'natuurlijk-kapitaal'), e('later', 1, 'economisch-kapitaal')]);
    expect(later).toMatchObject({ mean: 1.5, positive: 2, considered: 2 });
  });
});
