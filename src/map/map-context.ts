import { createContext, useContext } from 'react';
import type { RailwatchMap } from './railwatch-map';

/** The map controller, once created; null while the map is still loading. */
export const MapContext = createContext<RailwatchMap | null>(null);

export function useRailwatchMap(): RailwatchMap | null {
  return useContext(MapContext);
}
