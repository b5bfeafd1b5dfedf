import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection, Point } from 'geojson';
import { LAYER, SOURCE, buildMapStyle, type Palette, LIGHT_PALETTE } from './map-style';

maplibregl.setWorkerUrl(workerUrl);

export type MapView = { lon: number; lat: number; zoom: number };

/** What the map needs of a sighting: nothing more crosses into the map's worker. */
export type SightingPoint = { id: string; lon: number; lat: number; status: string };

export type RailwatchMapOptions = {
  container: HTMLElement;
  view: MapView;
  dataUrl: (file: string) => string;
  palette?: Palette;
  onSelect: (id: string | null) => void;
  onViewChange: (view: MapView) => void;
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
  private pendingSightings: SightingPoint[] | null = null;
  private pendingSelection: SightingPoint | null | undefined;
  private sightingTotal = 0;

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
    this.map.getCanvas().setAttribute('aria-label', 'Map of sightings, railways and the Belarus–Ukraine border');
    this.map.addControl(new maplibregl.NavigationControl({ showCompass: true, visualizePitch: false }), 'top-right');
    this.map.addControl(new maplibregl.ScaleControl({ unit: 'metric', maxWidth: 140 }), 'bottom-right');
    this.map.addControl(new maplibregl.ScaleControl({ unit: 'imperial', maxWidth: 140 }), 'bottom-right');

    this.map.on('load', () => {
      this.styleReady = true;
      if (this.pendingSightings) this.setSightings(this.pendingSightings);
      if (this.pendingSelection !== undefined) this.setSelected(this.pendingSelection);
    });
    this.map.on('render', () => {
      this.idle = false;
    });
    this.map.on('idle', () => {
      this.idle = true;
    });
    this.map.on('moveend', () => options.onViewChange(this.view()));
    this.bindInteraction();
    this.exposeProbe();
  }

  private bindInteraction(): void {
    const map = this.map;
    map.on('click', LAYER.clusters, (event) => {
      const feature = event.features?.[0];
      const clusterId = feature?.properties?.cluster_id as number | undefined;
      if (feature === undefined || clusterId === undefined || feature.geometry.type !== 'Point') return;
      const center = feature.geometry.coordinates as [number, number];
      const source = map.getSource<maplibregl.GeoJSONSource>(SOURCE.sightings);
      void source?.getClusterExpansionZoom(clusterId).then((zoom) => {
        map.easeTo({ center, zoom: Math.min(zoom + 0.2, map.getMaxZoom()) });
      });
    });
    map.on('click', LAYER.points, (event) => {
      const id = event.features?.[0]?.properties?.id;
      if (typeof id === 'string') this.options.onSelect(id);
    });
    for (const layer of [LAYER.clusters, LAYER.points]) {
      map.on('mouseenter', layer, () => (map.getCanvas().style.cursor = 'pointer'));
      map.on('mouseleave', layer, () => (map.getCanvas().style.cursor = ''));
    }
  }

  setSightings(points: SightingPoint[]): void {
    this.sightingTotal = points.length;
    if (!this.styleReady) {
      this.pendingSightings = points;
      return;
    }
    this.pendingSightings = null;
    const data: FeatureCollection<Point> = {
      type: 'FeatureCollection',
      features: points.map((point) => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [point.lon, point.lat] },
        properties: { id: point.id, status: point.status },
      })),
    };
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

  /** Brings a sighting into view without a jarring jump when it is already close. */
  focus(lon: number, lat: number, minZoom = 9): void {
    const zoom = Math.max(this.map.getZoom(), minZoom);
    this.map.flyTo({ center: [lon, lat], zoom, essential: true, duration: 800 });
  }

  view(): MapView {
    const center = this.map.getCenter();
    return { lon: center.lng, lat: center.lat, zoom: this.map.getZoom() };
  }

  resize(): void {
    this.map.resize();
  }

  destroy(): void {
    if (window.railwatchMap) delete window.railwatchMap;
    this.map.remove();
  }

  private exposeProbe(): void {
    const map = this.map;
    window.railwatchMap = {
      isIdle: () => this.idle && this.styleReady && this.pendingSightings === null && map.loaded(),
      sightingCount: () => this.sightingTotal,
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
