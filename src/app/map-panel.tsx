import { useEffect, useRef, useState, type ReactNode } from 'react';
import { MapContext } from '../map/map-context';
import { RailwatchMap } from '../map/railwatch-map';
import { useSelectionStore } from '../stores/selection-store';
import { readViewFromUrl, writeViewToUrl } from './url-view';

const dataUrl = (file: string) => new URL(`${import.meta.env.BASE_URL}data/${file}`, window.location.href).href;

/** Owns the map's lifetime; everything else reaches the map through MapContext. */
export function MapPanel({ overlay, children }: { overlay?: ReactNode; children?: ReactNode }) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<RailwatchMap | null>(null);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const instance = new RailwatchMap({
      container,
      view: readViewFromUrl(),
      dataUrl,
      onSelect: (id) => useSelectionStore.getState().select(id),
      onViewChange: writeViewToUrl,
    });
    setMap(instance);
    return () => {
      instance.destroy();
      setMap(null);
    };
  }, []);

  return (
    <MapContext.Provider value={map}>
      <section className="map-panel" aria-label="Map view">
        <div ref={containerRef} className="map-container" />
        {overlay}
      </section>
      {children}
    </MapContext.Provider>
  );
}
