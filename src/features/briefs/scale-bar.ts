// The PNG export draws its own scale bar (the map canvas has none), so the length of a
// round distance in pixels is computed here from the zoom and latitude, as MapLibre does.

/** Web Mercator: metres per CSS pixel at zoom 0 on the equator with 512-pixel tiles. */
const EQUATOR_METRES_PER_PIXEL_Z0 = 40_075_016.686 / 512;

export function metresPerPixel(latitude: number, zoom: number): number {
  return (EQUATOR_METRES_PER_PIXEL_Z0 * Math.cos((latitude * Math.PI) / 180)) / 2 ** zoom;
}

export interface ScaleBar {
  /** Width in CSS pixels of the bar. */
  widthPx: number;
  /** "50 km" or "500 m". */
  label: string;
}

/** The largest 1-2-5 round distance whose bar fits in `maxWidthPx`. */
export function scaleBar(latitude: number, zoom: number, maxWidthPx: number): ScaleBar {
  const perPixel = metresPerPixel(latitude, zoom);
  const maxMetres = perPixel * maxWidthPx;
  const magnitude = 10 ** Math.floor(Math.log10(maxMetres));
  const step = [5, 2, 1].find((m) => m * magnitude <= maxMetres) ?? 1;
  const metres = step * magnitude;
  const label = metres >= 1000 ? `${metres / 1000} km` : `${metres} m`;
  return { widthPx: metres / perPixel, label };
}
