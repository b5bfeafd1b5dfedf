import { useEffect } from 'react';
import { useRailwatchMap } from '../../map/map-context';
import { useHoverStore } from '../../stores/hover-store';

/** Rings on the map the sighting hovered in the list (the map's own hover comes back through onHover). */
export function useHoverLink(locate: (id: string) => { id: string; lon: number; lat: number; status: string } | undefined): void {
  const map = useRailwatchMap();
  const hoveredId = useHoverStore((state) => state.hoveredId);
  const point = hoveredId === null ? undefined : locate(hoveredId);
  const lon = point?.lon;
  const lat = point?.lat;
  const status = point?.status;
  useEffect(() => {
    if (!map) return;
    map.setHovered(hoveredId !== null && lon !== undefined && lat !== undefined ? { id: hoveredId, lon, lat, status: status ?? 'unverified' } : null);
  }, [map, hoveredId, lon, lat, status]);
}
