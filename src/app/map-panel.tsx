import { useEffect, useRef, useState, type ReactNode } from 'react';
import { DropHint } from '../features/imports/drop-hint';
import { useFileDrop } from '../features/imports/use-file-drop';
import { warmUpGpu } from '../map/gpu-warmup';
import { MapContext } from '../map/map-context';
import type { RailwatchMap } from '../map/railwatch-map';
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
  const [loadError, setLoadError] = useState<string | null>(null);
  const drop = useFileDrop();

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let instance: RailwatchMap | null = null;
    let cancelled = false;
    // MapLibre is most of the bundle: load it after the shell (panels, list) has painted.
    Promise.all([import('../map/railwatch-map'), warmUpGpu()])
      .then(([{ RailwatchMap: MapController }]) => {
        if (cancelled) return;
        instance = new MapController({
          container,
          view: readViewFromUrl(),
          dataUrl,
          palette: initialMapPalette(),
          onSelect: (id) => useSelectionStore.getState().select(id),
          onViewChange: writeViewToUrl,
          onHover: (id) => useHoverStore.getState().setHovered(id),
        });
        setMap(instance);
      })
      .catch((error: unknown) => {
        if (!cancelled) setLoadError(error instanceof Error ? error.message : String(error));
      });
    return () => {
      cancelled = true;
      instance?.destroy();
      setMap(null);
    };
  }, []);

  return (
    <MapContext.Provider value={map}>
      <section className="map-panel" aria-label="Map view" {...drop.handlers}>
        <div ref={containerRef} className="map-container" />
        {loadError && (
          <p role="alert" className="error-note map-load-error">
            The map could not be loaded ({loadError}). Reload the page; your workspace is unaffected.
          </p>
        )}
        {drop.dragging && <DropHint />}
        {overlay}
      </section>
      {children}
    </MapContext.Provider>
  );
}
