import type { BBox, Feature, FeatureCollection, MultiPolygon, Position } from 'geojson';
import { bboxesIntersect, clipPolygon, pathBBox } from './clip.ts';
import { roundGeometry } from './round-coords.ts';
import { simplifyRing } from './simplify.ts';

export type WaterKind = 'river' | 'lake';

export interface WaterProperties {
  kind: WaterKind;
}

export interface WaterOptions {
  region: BBox;
  /** Polygons whose bounding box is smaller than this (degrees, both sides) are dropped. */
  minExtentDeg: number;
  /** Douglas–Peucker tolerance in degrees. */
  toleranceDeg: number;
  decimals: number;
}

/**
 * Water areas reduced to the region: polygons outside it or too small to see
 * at regional zoom are dropped, the rest clipped, simplified and rounded.
 * The @geo-maps sources (OSM water polygons) cut big water bodies on a tile
 * grid; style them as fills without outlines so the cuts do not show.
 */
export function reduceWaterPolygons(polys: Position[][][], opts: WaterOptions): Position[][][] {
  const out: Position[][][] = [];
  for (const poly of polys) {
    const outer = poly[0];
    if (!outer) continue;
    const b = pathBBox(outer);
    if (!bboxesIntersect(b, opts.region)) continue;
    if (b[2] - b[0] < opts.minExtentDeg && b[3] - b[1] < opts.minExtentDeg) continue;
    const clipped = clipPolygon(poly, opts.region);
    if (!clipped) continue;
    const outerS = simplifyRing(clipped[0]!, opts.toleranceDeg);
    if (!outerS) continue;
    const holes = clipped.slice(1)
      .filter((h) => { const hb = pathBBox(h); return hb[2] - hb[0] >= opts.minExtentDeg || hb[3] - hb[1] >= opts.minExtentDeg; })
      .map((h) => simplifyRing(h, opts.toleranceDeg))
      .filter((h): h is Position[] => h !== null);
    out.push([outerS, ...holes]);
  }
  return out;
}

/** One MultiPolygon feature per kind (rivers first), which keeps the file small. */
export function buildWater(rivers: Position[][][], lakes: Position[][][], opts: WaterOptions): FeatureCollection<MultiPolygon, WaterProperties> {
  const features: Feature<MultiPolygon, WaterProperties>[] = [];
  for (const [kind, polys] of [['river', rivers], ['lake', lakes]] as const) {
    const geometry = roundGeometry({ type: 'MultiPolygon', coordinates: reduceWaterPolygons(polys, opts) }, opts.decimals) as MultiPolygon | null;
    if (geometry) features.push({ type: 'Feature', properties: { kind }, geometry });
  }
  return { type: 'FeatureCollection', features };
}
