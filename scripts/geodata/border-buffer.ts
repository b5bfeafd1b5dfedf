import { buffer } from '@turf/buffer';
import { lineString } from '@turf/helpers';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { roundRing } from './round-coords.ts';
import { simplifyRing } from './simplify.ts';

export const BAND_MILES = 40;
const KM_PER_MILE = 1.609344;

export interface BorderBufferProperties {
  name: string;
  distanceMi: number;
  distanceKm: number;
  source: string;
}

export interface BorderBufferOptions {
  miles?: number;
  /** Turf's segments per quarter circle on the round ends and bends. */
  steps?: number;
  /** Douglas–Peucker tolerance in degrees: the band is a picture, the filter uses exact distances. */
  toleranceDeg?: number;
  decimals?: number;
}

/**
 * The band within `miles` (default 40) of the Belarus–Ukraine border line, as one polygon.
 * Reporting speaks of equipment "less than 40 miles from the border"; the map shows that
 * band, while the list filter measures exact distances in the geo worker. Only the BY–UA
 * line is buffered, so the band has round ends at the two tripoints.
 */
export function buildBorderBuffer(border: Position[], options: BorderBufferOptions = {}): Feature<Polygon | MultiPolygon, BorderBufferProperties> {
  const { miles = BAND_MILES, steps = 16, toleranceDeg = 0.002, decimals = 4 } = options;
  const buffered = buffer(lineString(border), miles, { units: 'miles', steps });
  if (!buffered) throw new Error('border buffer: turf returned nothing');
  const tidy = (rings: Position[][]): Position[][] =>
    rings.flatMap((ring) => {
      const simplified = simplifyRing(ring, toleranceDeg);
      const rounded = simplified && roundRing(simplified, decimals);
      return rounded ? [rounded] : [];
    });
  const geometry: Polygon | MultiPolygon =
    buffered.geometry.type === 'Polygon'
      ? { type: 'Polygon', coordinates: tidy(buffered.geometry.coordinates) }
      : { type: 'MultiPolygon', coordinates: buffered.geometry.coordinates.map(tidy).filter((rings) => rings.length > 0) };
  return {
    type: 'Feature',
    properties: {
      name: `Within ${miles} miles of the Belarus–Ukraine border`,
      distanceMi: miles,
      distanceKm: Math.round(miles * KM_PER_MILE * 100) / 100,
      source: 'Buffer of border-by-ua.json (@turf/buffer)',
    },
    geometry,
  };
}
