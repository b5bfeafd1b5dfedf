import { useEffect, useRef, useState } from 'react';
import { decodeAppState, encodeAppState, type AppState } from '../domain/explore/permalink';
import type { MapView, RailwatchMap } from '../map/railwatch-map';
import { useFilterStore } from '../stores/filter-store';
import { useSelectionStore } from '../stores/selection-store';
import { appStateUrl, readViewFromUrl } from './url-view';

/*
 * The permalink: the address always holds the map view, the filters and the selection.
 * Selecting a sighting adds a history entry (so Back steps through selections); moving the
 * map and changing filters replace the current entry (Back must not replay every keystroke).
 */

const FILTER_WRITE_DELAY_MS = 300;

let lastView: MapView | undefined;
// True while the stores are set from the address: that change must not be written back.
let restoring = false;

function currentState(): AppState {
  const selectedId = useSelectionStore.getState().selectedId;
  return {
    view: lastView ?? readViewFromUrl(),
    filters: useFilterStore.getState().filters,
    ...(selectedId ? { selectedId } : {}),
  };
}

function writeUrl(mode: 'push' | 'replace'): void {
  const url = appStateUrl(currentState(), window.location);
  if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(window.history.state, '', url);
}

/** Sets the stores from the address; filters only when they differ, so nothing re-filters for nothing. */
function applyUrl(search: string): AppState {
  const state = decodeAppState(search);
  restoring = true;
  try {
    const current = useFilterStore.getState().filters;
    if (encodeAppState({ filters: current }) !== encodeAppState({ filters: state.filters })) useFilterStore.getState().setFilters(state.filters);
    useSelectionStore.getState().select(state.selectedId ?? null);
  } finally {
    restoring = false;
  }
  return state;
}

/** The map's moveend: the view replaces the current entry. */
export function writeViewToUrl(view: MapView): void {
  lastView = view;
  writeUrl('replace');
}

/** Restores filters and selection from the address once, before the first render of the app. */
export function useRestoreFromUrl(): void {
  useState(() => applyUrl(window.location.search));
}

/**
 * Keeps the address in step with the stores, and the stores with Back/Forward.
 * `locate` gives a sighting's position so that Back also brings it into view.
 */
export function usePermalink(map: RailwatchMap | null, locate: (id: string) => { lon: number; lat: number } | undefined): void {
  const latestLocate = useRef(locate);
  useEffect(() => {
    latestLocate.current = locate;
  });

  useEffect(() => {
    let timer: number | undefined;
    const unsubscribeSelection = useSelectionStore.subscribe((state, previous) => {
      if (restoring || state.selectedId === previous.selectedId) return;
      window.clearTimeout(timer);
      writeUrl('push');
    });
    const unsubscribeFilters = useFilterStore.subscribe((state, previous) => {
      if (restoring || state.filters === previous.filters) return;
      window.clearTimeout(timer);
      timer = window.setTimeout(() => writeUrl('replace'), FILTER_WRITE_DELAY_MS);
    });
    const onPopState = () => {
      window.clearTimeout(timer);
      const state = applyUrl(window.location.search);
      const position = state.selectedId ? latestLocate.current(state.selectedId) : undefined;
      if (position) map?.focus(position.lon, position.lat);
    };
    window.addEventListener('popstate', onPopState);
    return () => {
      window.clearTimeout(timer);
      unsubscribeSelection();
      unsubscribeFilters();
      window.removeEventListener('popstate', onPopState);
    };
  }, [map]);
}
