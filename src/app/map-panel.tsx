import { useEffect, useRef, useState, type ReactNode } from 'react';
import { DropHint } from '../features/imports/drop-hint';
import { useFileDrop } from '../features/imports/use-file-drop';
import { MapContext } from '../map/map-context';
import { RailwatchMap } from '../map/railwatch-map';
import { useSelectionStore } from '../stores/selection-store';
import { initialMapPalette } from '../features/theme/use-theme';
import { useHoverStore } from '../stores/hover-store';
import { writeViewToUrl } from './use-permalink';
import { readViewFromUrl } from './url-view';

const dataUrl = (file: string) => new URL(`${import.meta.env.BASE_URL}data/${file}`, window.location.href).href;

/** Owns the map's lifetime; everything else reaches the map through MapContext. */
export function MapPanel({ overlay, children }: { overlay?: ReactNode; children?: ReactNode }) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<RailwatchMap | null>(null);
  const drop = useFileDrop();

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const instance = new RailwatchMap({
      container,
      view: readViewFromUrl(),
      dataUrl,
      palette: initialMapPalette(),
      onSelect: (id) => useSelectionStore.getState().select(id),
      onViewChange: writeViewToUrl,
      onHover: (id) => useHoverStore.getState().setHovered(id),
    });
    setMap(instance);
    return () => {
      instance.destroy();
      setMap(null);
    };
  }, []);

  return (
    <MapContext.Provider value={map}>
      <section className="map-panel" aria-label="Map view" {...drop.handlers}>
        <div ref={containerRef} className="map-container" />
        {drop.dragging && <DropHint />}
        {overlay}
      </section>
      {children}
    </MapContext.Provider>
  );
}
