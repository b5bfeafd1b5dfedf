import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection, Point } from 'geojson';
import { LAYER, SOURCE } from './map-ids';
import { LIGHT_PALETTE, type Palette } from './map-palette';
import { buildMapStyle } from './map-style';
import { spaceOutFirstFrames } from './initial-frames';
import type { LayerGroup } from './layer-group';
import { SightingClusters, type SightingPoint, type SightingPoints } from './sighting-clusters';

maplibregl.setWorkerUrl(workerUrl);

/**
 * Least time between two frames while the map first loads (initial-frames.ts). Taken in turn,
 * 250 ms against none: 100,000 sightings reached idle 0.28 s sooner, the sample in the same
 * time, and the sample's longest task went from 179 to 132 ms (medians of 10 loads).
 */
const FIRST_FRAMES_GAP_MS = 250;

export type MapView = { lon: number; lat: number; zoom: number };

export type { SightingPoint, SightingPoints };

export type RailwatchMapOptions = {
  container: HTMLElement;
  view: MapView;
  dataUrl: (file: string) => string;
  palette?: Palette;
  onSelect: (id: string | null) => void;
  onViewChange: (view: MapView) => void;
  /** The sighting point under the pointer (id), or null when the pointer leaves the points. */
  onHover?: (id: string | null) => void;
};

/** Read-only hooks for end-to-end tests: they wait on map events, never on sleeps. */
export type RailwatchMapProbe = {
  isIdle: () => boolean;
  sightingCount: () => number;
  project: (lon: number, lat: number) => { x: number; y: number };
  renderedSightingIds: () => string[];
  renderedCount: (layerId: string) => number;
  firstRenderedCluster: () => { x: number; y: number } | null;
  layerIds: () => string[];
  view: () => MapView;
  jumpTo: (view: MapView) => void;
};

declare global {
  interface Window {
    railwatchMap?: RailwatchMapProbe;
  }
}

/**
 * The one place that drives MapLibre. React hands it plain data; it hands back events. Keeping
 * the map instance out of React state means a re-render never re-creates sources or layers.
 */
export class RailwatchMap {
  private readonly map: maplibregl.Map;
  private styleReady = false;
  private idle = false;
  /** The clusters and points in view, waiting for the style to load. */
  private pendingClusterView: FeatureCollection<Point> | null = null;
  private pendingSelection: SightingPoint | null | undefined;
  private readonly clusters: SightingClusters;
  private readonly groups = new Map<string, LayerGroup>();
  private clickMode: ((lngLat: { lon: number; lat: number }) => void) | null = null;
  private readonly viewListeners = new Set<(view: MapView) => void>();
  private readonly stopSpacingFrames: () => void;

  constructor(private readonly options: RailwatchMapOptions) {
    this.map = new maplibregl.Map({
      container: options.container,
      style: buildMapStyle(options.dataUrl, options.palette ?? LIGHT_PALETTE),
      center: [options.view.lon, options.view.lat],
      zoom: options.view.zoom,
      attributionControl: { compact: false },
      maplibreLogo: false,
      // Region of interest: there is nothing to see beyond it, and unbounded panning on a
      // trackpad loses the analyst.
      maxBounds: [
        [-10, 30],
        [75, 72],
      ],
      minZoom: 3,
      maxZoom: 16,
    });
    this.stopSpacingFrames = spaceOutFirstFrames(this.map, FIRST_FRAMES_GAP_MS);
    this.map.getCanvas().setAttribute('aria-label', 'Map of sightings, railways and the Belarus–Ukraine border');
    this.map.addControl(new maplibregl.NavigationControl({ showCompass: true, visualizePitch: false }), 'top-right');
    this.map.addControl(new maplibregl.ScaleControl({ unit: 'metric', maxWidth: 140 }), 'bottom-right');
    this.map.addControl(new maplibregl.ScaleControl({ unit: 'imperial', maxWidth: 140 }), 'bottom-right');

    this.clusters = new SightingClusters(
      (data) => this.showClusterView(data),
      (message) => console.warn(`railwatch: ${message}`),
    );
    this.clusters.setView(this.bounds(), this.map.getZoom());
    this.map.on('load', () => {
      this.styleReady = true;
      for (const group of this.groups.values()) this.installGroup(group);
      if (this.pendingClusterView) this.showClusterView(this.pendingClusterView);
      if (this.pendingSelection !== undefined) this.setSelected(this.pendingSelection);
    });
    this.map.on('render', () => {
      this.idle = false;
    });
    this.map.on('idle', () => {
      this.idle = true;
    });
    // Asks for what is now in view; the client skips the query while the view stays inside
    // the area of its last answer, so a pan costs nothing until it leaves that area.
    this.map.on('move', () => this.clusters.setView(this.bounds(), this.map.getZoom()));
    this.map.on('moveend', () => {
      const view = this.view();
      options.onViewChange(view);
      for (const listener of this.viewListeners) listener(view);
    });
    this.bindInteraction();
    this.exposeProbe();
  }

  private bindInteraction(): void {
    const map = this.map;
    map.on('click', LAYER.clusters, (event) => {
      if (this.clickMode) return;
      const feature = event.features?.[0];
      const zoom = feature?.properties?.expansion_zoom as number | undefined;
      if (feature === undefined || zoom === undefined || feature.geometry.type !== 'Point') return;
      const center = feature.geometry.coordinates as [number, number];
      map.easeTo({ center, zoom: Math.min(zoom + 0.2, map.getMaxZoom()) });
    });
    map.on('click', (event) => {
      if (this.clickMode) this.clickMode({ lon: event.lngLat.lng, lat: event.lngLat.lat });
    });
    map.on('click', LAYER.points, (event) => {
      if (this.clickMode) return;
      const id = event.features?.[0]?.properties?.id;
      if (typeof id === 'string') this.options.onSelect(id);
    });
    for (const layer of [LAYER.clusters, LAYER.points]) {
      map.on('mouseenter', layer, () => (map.getCanvas().style.cursor = 'pointer'));
      map.on('mouseleave', layer, () => (map.getCanvas().style.cursor = ''));
    }
    const onHover = this.options.onHover;
    if (onHover) {
      map.on('mousemove', LAYER.points, (event) => {
        const id = event.features?.[0]?.properties?.id;
        onHover(typeof id === 'string' ? id : null);
      });
      map.on('mouseleave', LAYER.points, () => onHover(null));
    }
  }

  /**
   * Every sighting the filters choose from, and which of them to draw (a byte per sighting,
   * 1 = drawn, handed over to the worker; null: all). Clustered in a worker, see SightingClusters.
   */
  setSightings(all: SightingPoints, shown: Uint8Array | null): void {
    this.clusters.setSightings(all, shown);
  }

  private showClusterView(data: FeatureCollection<Point>): void {
    if (!this.styleReady) {
      this.pendingClusterView = data;
      return;
    }
    this.pendingClusterView = null;
    void this.map.getSource<maplibregl.GeoJSONSource>(SOURCE.sightings)?.setData(data);
  }

  setSelected(point: SightingPoint | null): void {
    if (!this.styleReady) {
      this.pendingSelection = point;
      return;
    }
    this.pendingSelection = undefined;
    const data: FeatureCollection<Point> = {
      type: 'FeatureCollection',
      features: point
        ? [{ type: 'Feature', geometry: { type: 'Point', coordinates: [point.lon, point.lat] }, properties: { id: point.id } }]
        : [],
    };
    void this.map.getSource<maplibregl.GeoJSONSource>(SOURCE.selection)?.setData(data);
  }

  /** A ring around the sighting hovered in the list (or on the map); null removes it. */
  setHovered(point: SightingPoint | null): void {
    const data: FeatureCollection<Point> = {
      type: 'FeatureCollection',
      features: point ? [{ type: 'Feature', geometry: { type: 'Point', coordinates: [point.lon, point.lat] }, properties: { id: point.id } }] : [],
    };
    const apply = () => void this.map.getSource<maplibregl.GeoJSONSource>(SOURCE.hover)?.setData(data);
    if (this.styleReady) apply();
    else this.map.once('load', apply);
  }

  /**
   * Recolours the base style (light/dark) in place. Paint properties only: sources, their
   * data and the features' layer groups stay as they are, so nothing reloads or flickers.
   */
  setPalette(palette: Palette): void {
    const apply = () => {
      for (const layer of buildMapStyle(this.options.dataUrl, palette).layers) {
        if (!('paint' in layer) || !layer.paint || !this.map.getLayer(layer.id)) continue;
        for (const [name, value] of Object.entries(layer.paint)) {
          // The names come from a layer of the same type, which the typings cannot follow.
          this.map.setPaintProperty(layer.id, name as never, value as never);
        }
      }
    };
    if (this.styleReady) apply();
    else this.map.once('load', apply);
  }

  /**
   * Adds or replaces a feature's own sources and layers. Features describe their layers as
   * plain style objects (src/map/layers/); only this class hands them to MapLibre.
   */
  setLayerGroup(group: LayerGroup): void {
    if (this.groups.has(group.id)) this.removeLayerGroup(group.id);
    this.groups.set(group.id, group);
    if (this.styleReady) this.installGroup(group);
  }

  removeLayerGroup(groupId: string): void {
    const group = this.groups.get(groupId);
    if (!group) return;
    this.groups.delete(groupId);
    if (!this.styleReady) return;
    for (const layer of group.layers) if (this.map.getLayer(layer.id)) this.map.removeLayer(layer.id);
    for (const sourceId of Object.keys(group.sources)) if (this.map.getSource(sourceId)) this.map.removeSource(sourceId);
  }

  setLayerGroupVisible(groupId: string, visible: boolean): void {
    const group = this.groups.get(groupId);
    if (!group) return;
    group.visible = visible;
    if (!this.styleReady) return;
    for (const layer of group.layers) {
      if (this.map.getLayer(layer.id)) this.map.setLayoutProperty(layer.id, 'visibility', visible ? 'visible' : 'none');
    }
  }

  /** Shows or hides layers of the base style (the schematic rail lines, the stations). */
  setStyleLayersVisible(layerIds: readonly string[], visible: boolean): void {
    const apply = () => {
      for (const id of layerIds) if (this.map.getLayer(id)) this.map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none');
    };
    if (this.styleReady) apply();
    else this.map.once('load', apply);
  }

  /** Replaces the data of a GeoJSON source that a layer group declared. */
  setSourceData(sourceId: string, data: GeoJSON.GeoJSON): void {
    for (const group of this.groups.values()) {
      const source = group.sources[sourceId];
      if (source && source.type === 'geojson') source.data = data;
    }
    if (!this.styleReady) return;
    void this.map.getSource<maplibregl.GeoJSONSource>(sourceId)?.setData(data);
  }

  private installGroup(group: LayerGroup): void {
    for (const [sourceId, source] of Object.entries(group.sources)) {
      if (!this.map.getSource(sourceId)) this.map.addSource(sourceId, source);
    }
    // Feature layers sit below the sightings so a sighting can always be clicked.
    const before = group.beforeLayer ?? (group.above ? undefined : LAYER.clusters);
    for (const layer of group.layers) {
      if (this.map.getLayer(layer.id)) continue;
      const visible = group.visible ?? true;
      const layout = { ...(layer.type === 'background' ? {} : (layer as { layout?: object }).layout), visibility: visible ? 'visible' : 'none' };
      this.map.addLayer({ ...layer, layout } as maplibregl.AddLayerObject, before);
    }
  }

  /**
   * While a click mode is set (adding a sighting, measuring), clicks on the map go to it
   * instead of selecting sightings.
   */
  setClickMode(handler: ((lngLat: { lon: number; lat: number }) => void) | null): void {
    this.clickMode = handler;
    this.map.getCanvas().style.cursor = handler ? 'crosshair' : '';
  }

  onViewChange(listener: (view: MapView) => void): () => void {
    this.viewListeners.add(listener);
    return () => this.viewListeners.delete(listener);
  }

  /** West, south, east, north of what is on screen. */
  bounds(): [number, number, number, number] {
    const bounds = this.map.getBounds();
    return [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()];
  }

  fitBounds(bbox: [number, number, number, number], maxZoom = 11): void {
    this.map.fitBounds(
      [
        [bbox[0], bbox[1]],
        [bbox[2], bbox[3]],
      ],
      { padding: 60, maxZoom, duration: 600 },
    );
  }

  /** A draggable marker (e.g. a corrected location); returns a handle to move or remove it. */
  addDraggableMarker(
    position: { lon: number; lat: number },
    options: { label: string; color?: string; onDragEnd: (lngLat: { lon: number; lat: number }) => void },
  ): { setPosition: (lngLat: { lon: number; lat: number }) => void; remove: () => void } {
    const marker = new maplibregl.Marker({ draggable: true, color: options.color ?? '#ffb000' })
      .setLngLat([position.lon, position.lat])
      .addTo(this.map);
    marker.getElement().setAttribute('aria-label', options.label);
    marker.getElement().setAttribute('title', options.label);
    marker.on('dragend', () => {
      const lngLat = marker.getLngLat();
      options.onDragEnd({ lon: lngLat.lng, lat: lngLat.lat });
    });
    return {
      setPosition: (lngLat) => marker.setLngLat([lngLat.lon, lngLat.lat]),
      remove: () => marker.remove(),
    };
  }

  /** The current map as a PNG data URL, drawn on the next frame so the buffer is complete. */
  captureImage(): Promise<string> {
    return new Promise((resolve) => {
      this.map.once('render', () => resolve(this.map.getCanvas().toDataURL('image/png')));
      this.map.triggerRepaint();
    });
  }

  /** Brings a sighting into view without a jarring jump when it is already close. */
  focus(lon: number, lat: number, minZoom = 9): void {
    const zoom = Math.max(this.map.getZoom(), minZoom);
    this.map.flyTo({ center: [lon, lat], zoom, essential: true, duration: 800 });
  }

  view(): MapView {
    const center = this.map.getCenter();
    return { lon: center.lng, lat: center.lat, zoom: this.map.getZoom() };
  }

  /** Moves the camera to a saved view (e.g. a brief's). */
  setView(view: MapView): void {
    this.map.jumpTo({ center: [view.lon, view.lat], zoom: view.zoom });
  }

  resize(): void {
    this.map.resize();
  }

  destroy(): void {
    if (window.railwatchMap) delete window.railwatchMap;
    this.clusters.destroy();
    this.stopSpacingFrames();
    this.map.remove();
  }

  private exposeProbe(): void {
    const map = this.map;
    window.railwatchMap = {
      isIdle: () => this.idle && this.styleReady && this.pendingClusterView === null && !this.clusters.pending && map.loaded(),
      sightingCount: () => this.clusters.shownCount,
      project: (lon, lat) => {
        const point = map.project([lon, lat]);
        const rect = map.getCanvas().getBoundingClientRect();
        return { x: rect.left + point.x, y: rect.top + point.y };
      },
      renderedSightingIds: () =>
        map
          .queryRenderedFeatures({ layers: [LAYER.points] })
          .map((feature) => feature.properties?.id)
          .filter((id): id is string => typeof id === 'string'),
      renderedCount: (layerId) => (map.getLayer(layerId) ? map.queryRenderedFeatures({ layers: [layerId] }).length : 0),
      firstRenderedCluster: () => {
        const canvas = map.getCanvas().getBoundingClientRect();
        const cluster = map
          .queryRenderedFeatures({ layers: [LAYER.clusters] })
          .map((feature) => feature.geometry)
          .filter((geometry): geometry is Point => geometry.type === 'Point')
          .map((geometry) => map.project(geometry.coordinates as [number, number]))
          // Stay clear of the edges, where controls and the legend sit over the canvas.
          .find((point) => point.x > 80 && point.y > 80 && point.x < canvas.width - 80 && point.y < canvas.height - 80);
        return cluster ? { x: canvas.left + cluster.x, y: canvas.top + cluster.y } : null;
      },
      layerIds: () => map.getStyle().layers.map((layer) => layer.id),
      view: () => this.view(),
      jumpTo: (view) => map.jumpTo({ center: [view.lon, view.lat], zoom: view.zoom }),
    };
  }
}
