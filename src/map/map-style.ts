import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { STATUS_COLORS } from '../lib/status-colors';
import { LABEL_FONT, LAYER, SOURCE } from './map-ids';
import { LIGHT_PALETTE, type Palette } from './map-palette';

// The style is plain data so that it can be read, diffed and tested without a map. Every
// source is served by the app itself: nothing here may point at another origin, because the
// app must start with no network and must not leak what the analyst is looking at.

const ATTRIBUTION = {
  naturalEarth: 'Borders, land, water: <a href="https://www.naturalearthdata.com/">Natural Earth</a> (public domain)',
  geonames: 'Places: <a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0)',
  rail: 'Rail: schematic main lines (railwatch)',
  sightings: 'Sightings: feed contributors',
};

const statusColorExpression: ExpressionSpecification = [
  'match',
  ['get', 'status'],
  ...Object.entries(STATUS_COLORS).flatMap(([status, color]) => [status, color]),
  STATUS_COLORS.unverified,
] as unknown as ExpressionSpecification;

function sightingLayers(palette: Palette): LayerSpecification[] {
  return [
    {
      id: LAYER.clusters,
      type: 'circle',
      source: SOURCE.sightings,
      filter: ['has', 'point_count'],
      paint: {
        'circle-color': '#274b6d',
        'circle-opacity': 0.88,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
        'circle-radius': ['step', ['get', 'point_count'], 14, 10, 18, 50, 23, 250, 29, 1000, 35],
      },
    },
    {
      id: LAYER.clusterCount,
      type: 'symbol',
      source: SOURCE.sightings,
      filter: ['has', 'point_count'],
      layout: {
        'text-field': ['get', 'point_count_abbreviated'],
        'text-font': LABEL_FONT,
        'text-size': 13,
        'text-allow-overlap': true,
      },
      paint: { 'text-color': '#ffffff' },
    },
    {
      id: LAYER.points,
      type: 'circle',
      source: SOURCE.sightings,
      filter: ['!', ['has', 'point_count']],
      paint: {
        'circle-color': statusColorExpression,
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 4, 5, 10, 8],
        'circle-stroke-color': palette.halo,
        'circle-stroke-width': 1.5,
      },
    },
    {
      // The sighting under the pointer in the list or on the map: thinner than the selection ring.
      id: LAYER.hover,
      type: 'circle',
      source: SOURCE.hover,
      paint: {
        'circle-color': 'rgba(0,0,0,0)',
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 4, 9, 10, 12],
        'circle-stroke-color': palette.text,
        'circle-stroke-width': 2,
      },
    },
    {
      id: LAYER.selection,
      type: 'circle',
      source: SOURCE.selection,
      paint: {
        'circle-color': 'rgba(0,0,0,0)',
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 4, 10, 10, 14],
        'circle-stroke-color': '#ffb000',
        'circle-stroke-width': 3.5,
      },
    },
  ];
}

export function buildMapStyle(dataUrl: (file: string) => string, palette: Palette = LIGHT_PALETTE): StyleSpecification {
  const emptyCollection = { type: 'FeatureCollection' as const, features: [] };
  return {
    version: 8,
    name: 'railwatch',
    // No `glyphs`: labels (Latin and Cyrillic) are drawn from local fonts, so no font server.
    sources: {
      [SOURCE.countries]: { type: 'geojson', data: dataUrl('countries.json'), attribution: ATTRIBUTION.naturalEarth },
      [SOURCE.water]: { type: 'geojson', data: dataUrl('water.json') },
      [SOURCE.borders]: { type: 'geojson', data: dataUrl('borders.json') },
      [SOURCE.borderByUa]: { type: 'geojson', data: dataUrl('border-by-ua.json') },
      [SOURCE.rail]: { type: 'geojson', data: dataUrl('rail-schematic.json'), attribution: ATTRIBUTION.rail },
      [SOURCE.stations]: { type: 'geojson', data: dataUrl('rail-stations.json') },
      [SOURCE.places]: { type: 'geojson', data: dataUrl('places.json'), attribution: ATTRIBUTION.geonames },
      [SOURCE.sightings]: {
        type: 'geojson',
        // Clustered in a worker (src/map/sighting-clusters.ts): this source only ever holds
        // the clusters and points in view.
        data: emptyCollection,
        promoteId: 'id',
        attribution: ATTRIBUTION.sightings,
      },
      [SOURCE.selection]: { type: 'geojson', data: emptyCollection },
      [SOURCE.hover]: { type: 'geojson', data: emptyCollection },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': palette.sea } },
      {
        id: 'countries-fill',
        type: 'fill',
        source: SOURCE.countries,
        paint: {
          'fill-color': ['match', ['get', 'id'], ['112', '804'], palette.focusLand, palette.land],
        },
      },
      {
        id: 'lakes',
        type: 'fill',
        source: SOURCE.water,
        filter: ['==', ['get', 'kind'], 'lake'],
        paint: { 'fill-color': palette.water, 'fill-opacity': 0.7 },
      },
      {
        id: 'rivers',
        type: 'line',
        source: SOURCE.water,
        filter: ['==', ['get', 'kind'], 'river'],
        paint: { 'line-color': palette.water, 'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.6, 9, 1.8] },
      },
      {
        id: 'country-borders',
        type: 'line',
        source: SOURCE.borders,
        paint: { 'line-color': palette.countryBorder, 'line-width': 1.1, 'line-dasharray': [3, 2] },
      },
      {
        id: LAYER.rail,
        type: 'line',
        source: SOURCE.rail,
        layout: { 'line-cap': 'round', 'line-join': 'round' },
        paint: {
          'line-color': palette.rail,
          'line-width': ['interpolate', ['linear'], ['zoom'], 4, 1.2, 9, 2.6],
          'line-opacity': 0.75,
          // Dashed on purpose: the schematic network joins stations with straight segments and
          // must not be mistaken for surveyed track.
          'line-dasharray': [4, 1.5],
        },
      },
      {
        id: 'border-by-ua-casing',
        type: 'line',
        source: SOURCE.borderByUa,
        layout: { 'line-cap': 'round', 'line-join': 'round' },
        paint: { 'line-color': palette.halo, 'line-width': 7, 'line-opacity': 0.8 },
      },
      {
        id: LAYER.borderByUa,
        type: 'line',
        source: SOURCE.borderByUa,
        layout: { 'line-cap': 'round', 'line-join': 'round' },
        paint: { 'line-color': palette.border, 'line-width': 3.5 },
      },
      {
        id: LAYER.borderLabel,
        type: 'symbol',
        source: SOURCE.borderByUa,
        layout: {
          'symbol-placement': 'line',
          'symbol-spacing': 320,
          'text-field': 'Belarus–Ukraine border',
          'text-font': LABEL_FONT,
          'text-size': 13,
          'text-offset': [0, -1.1],
        },
        paint: { 'text-color': palette.border, 'text-halo-color': palette.halo, 'text-halo-width': 2 },
      },
      {
        id: LAYER.stations,
        type: 'circle',
        source: SOURCE.stations,
        minzoom: 6,
        paint: {
          'circle-color': palette.halo,
          'circle-stroke-color': palette.rail,
          'circle-stroke-width': 1.5,
          'circle-radius': 3,
        },
      },
      {
        // Station names as the schematic knows them, with the Cyrillic spelling that captions
        // use. Below the place labels, which win a collision: a town keeps one label.
        id: LAYER.stationLabels,
        type: 'symbol',
        source: SOURCE.stations,
        minzoom: 6.5,
        layout: {
          'text-field': [
            'format',
            ['get', 'name'],
            {},
            ['case', ['has', 'nameLocal'], ['concat', '\n', ['get', 'nameLocal']], ''],
            { 'font-scale': 0.85 },
          ],
          'text-font': LABEL_FONT,
          'text-size': 11,
          'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
          'text-radial-offset': 0.6,
          'text-justify': 'auto',
          'text-max-width': 10,
        },
        paint: { 'text-color': palette.rail, 'text-halo-color': palette.halo, 'text-halo-width': 1.4 },
      },
      {
        id: 'place-dots',
        type: 'circle',
        source: SOURCE.places,
        filter: ['<=', ['get', 'rank'], ['step', ['zoom'], 1, 5, 2, 7, 3]],
        paint: { 'circle-color': palette.text, 'circle-radius': ['match', ['get', 'rank'], 1, 3.5, 2, 2.5, 2] },
      },
      {
        id: 'place-labels',
        type: 'symbol',
        source: SOURCE.places,
        filter: ['<=', ['get', 'rank'], ['step', ['zoom'], 1, 5, 2, 7, 3]],
        layout: {
          // Latin name with the local Cyrillic name beside it: captions say "Мозырь", maps "Mazyr".
          'text-field': [
            'format',
            ['get', 'name'],
            {},
            ['case', ['has', 'nameLocal'], ['concat', '\n', ['get', 'nameLocal']], ''],
            { 'font-scale': 0.85 },
          ],
          'text-font': LABEL_FONT,
          'text-size': ['match', ['get', 'rank'], 1, 14, 2, 12.5, 11.5],
          'text-anchor': 'top',
          'text-offset': [0, 0.5],
          'text-max-width': 12,
          'symbol-sort-key': ['get', 'rank'],
        },
        paint: { 'text-color': palette.text, 'text-halo-color': palette.halo, 'text-halo-width': 1.6 },
      },
      ...sightingLayers(palette),
    ],
  };
}
