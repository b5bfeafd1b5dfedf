import type { MapView } from '../map/railwatch-map';

// The camera lives in the URL, not in React state: it changes on every frame of a pan, and a
// copied link must open on the same view.
export const DEFAULT_VIEW: MapView = { lon: 29.6, lat: 52.6, zoom: 5.6 };

export function readViewFromUrl(search: string = window.location.search): MapView {
  const raw = new URLSearchParams(search).get('view');
  const parts = raw?.split(',').map(Number);
  if (!parts || parts.length !== 3 || parts.some((part) => !Number.isFinite(part))) return DEFAULT_VIEW;
  const [lon, lat, zoom] = parts as [number, number, number];
  if (Math.abs(lon) > 180 || Math.abs(lat) > 85 || zoom < 0 || zoom > 22) return DEFAULT_VIEW;
  return { lon, lat, zoom };
}

export function writeViewToUrl(view: MapView): void {
  const params = new URLSearchParams(window.location.search);
  params.set('view', `${view.lon.toFixed(4)},${view.lat.toFixed(4)},${view.zoom.toFixed(2)}`);
  window.history.replaceState(window.history.state, '', `${window.location.pathname}?${params.toString()}${window.location.hash}`);
}
