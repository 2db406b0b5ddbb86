/** The effect profile: per broad-prosperity dimension, how the expected effects lean. */
import { DIMENSION_IDS } from '../framework/framework';
import type { DimensionId } from '../framework/types';

export interface ProfileEffect {
  theme: string;
  dimension: DimensionId;
  /** −2…+2; null when not (yet) assessed. */
  direction: number | null;
}

export interface DimensionProfile {
  dimension: DimensionId;
  /** Mean of the assessed directions; null when none was assessed. */
  mean: number | null;
  positive: number;
  negative: number;
  neutral: number;
  /** How many effects have a direction (positive + negative + neutral). */
  considered: number;
}

/** Summarises effects per dimension, always all three dimensions in framework order. */
export function effectProfile(effects: readonly ProfileEffect[]): DimensionProfile[] {
  return DIMENSION_IDS.map((dimension) => {
    const directions = effects
      .filter((e) => e.dimension === dimension)
      .map((e) => e.direction)
      .filter((d): d is number => d !== null && Number.isFinite(d));
    const sum = directions.reduce((a, b) => a + b, 0);
    return {
      dimension,
      mean: directions.length === 0 ? null : sum / directions.length,
      positive: directions.filter((d) => d > 0).length,
      negative: directions.filter((d) => d < 0).length,
      neutral: directions.filter((d) => d === 0).length,
      considered: directions.length,
    };
  });
}
