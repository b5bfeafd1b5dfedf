import { decodeAppState, encodeAppState, type AppState } from '../domain/explore/permalink';
import type { MapView } from '../map/railwatch-map';

// The camera lives in the URL, not in React state: it changes on every frame of a pan, and a
// copied link must open on the same view. The filters and the selection travel with it.
export const DEFAULT_VIEW: MapView = { lon: 29.6, lat: 52.6, zoom: 5.6 };

export function readViewFromUrl(search: string = window.location.search): MapView {
  return decodeAppState(search).view ?? DEFAULT_VIEW;
}

type UrlParts = { pathname: string; search: string; hash: string };

/**
 * The address holding `state`, keeping the path, the hash and any query parameters that
 * railwatch does not own (another tool's, or a feature's that is not part of the permalink).
 */
export function appStateUrl(state: AppState, location: UrlParts): string {
  const query = encodeAppState(state, location.search.replace(/^\?/, ''));
  return `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
}
