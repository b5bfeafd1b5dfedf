import { KM_PER_MILE } from '../../domain/geo/unit-sphere';

export const DISTANCE_PRESETS = ['any', 'within-25km', 'within-40mi', 'within-100km', 'custom'] as const;
export type DistancePreset = (typeof DISTANCE_PRESETS)[number];

const PRESET_KM: Record<Exclude<DistancePreset, 'any' | 'custom'>, number> = {
  'within-25km': 25,
  'within-40mi': 40 * KM_PER_MILE,
  'within-100km': 100,
};

/** The distance a preset stands for; undefined for "any" and "custom" (the analyst types it). */
export function presetKm(preset: DistancePreset): number | undefined {
  return preset === 'any' || preset === 'custom' ? undefined : PRESET_KM[preset];
}

/**
 * The preset that shows a filter distance: "any" when none, the preset of exactly that
 * distance (a permalink's "dist=40mi" reads as "Within 40 mi"), "custom" for any other.
 */
export function presetOf(maxKm: number | undefined): DistancePreset {
  if (maxKm === undefined) return 'any';
  for (const [preset, km] of Object.entries(PRESET_KM)) {
    if (Math.abs(km - maxKm) < 1e-9) return preset as DistancePreset;
  }
  return 'custom';
}
