import { useEffect, useRef } from 'react';
import { useRailwatchMap } from '../../map/map-context';
import { useAddSightingStore } from './add-sighting-store';
import { parseDegrees } from './sighting-form';

type MarkerHandle = { setPosition: (lngLat: { lon: number; lat: number }) => void; remove: () => void };

/** A draggable marker at the draft's coordinates: dragging it edits them, typing moves it. */
export function useDraftMarker(): void {
  const map = useRailwatchMap();
  const values = useAddSightingStore((state) => state.values);
  const placeAt = useAddSightingStore((state) => state.placeAt);
  const marker = useRef<MarkerHandle | null>(null);
  const hasDraft = values !== null;
  const lon = values ? parseDegrees(values.lon) : undefined;
  const lat = values ? parseDegrees(values.lat) : undefined;
  const valid = lon !== undefined && lat !== undefined && Math.abs(lon) <= 180 && Math.abs(lat) <= 90;

  useEffect(() => {
    if (!map || !hasDraft) return;
    const start = useAddSightingStore.getState().values;
    const position = { lon: parseDegrees(start?.lon ?? '') ?? 0, lat: parseDegrees(start?.lat ?? '') ?? 0 };
    marker.current = map.addDraggableMarker(position, { label: 'New sighting location (drag to adjust)', onDragEnd: placeAt });
    return () => {
      marker.current?.remove();
      marker.current = null;
    };
  }, [map, hasDraft, placeAt]);

  useEffect(() => {
    if (valid) marker.current?.setPosition({ lon, lat });
  }, [valid, lon, lat]);
}
