// Which side of the Belarus–Ukraine border a point is on. Kept apart from the distance
// engine: the distance needs only the border line, the side needs both country outlines.

import { createPolygonTester, type PolygonCoordinates } from './point-in-polygon.ts';

export type Side = 'belarus' | 'ukraine' | 'elsewhere';

export interface SideLocator {
  sideOf(lon: number, lat: number): Side;
}

/** Country outlines as lists of GeoJSON polygon coordinates (a Polygon is a list of one). */
export interface CountryOutlines {
  belarus: readonly PolygonCoordinates[];
  ukraine: readonly PolygonCoordinates[];
}

/**
 * A point exactly on the shared border is inside both outlines; it is reported as Belarus
 * (tested first) — at that point the distance, zero, is what matters.
 */
export function createSideLocator(outlines: CountryOutlines): SideLocator {
  const belarus = createPolygonTester(outlines.belarus);
  const ukraine = createPolygonTester(outlines.ukraine);
  return {
    sideOf(lon, lat) {
      if (belarus.contains(lon, lat)) return 'belarus';
      if (ukraine.contains(lon, lat)) return 'ukraine';
      return 'elsewhere';
    },
  };
}
