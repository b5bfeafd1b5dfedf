// Source and layer ids of the base style, for the code that adds to it or switches its layers.
// Kept apart from the style itself (map-style.ts), which only the lazily loaded map controller
// needs, so that the start bundle holds the ids but not the style (issue 8).

export const SOURCE = {
  countries: 'countries',
  borders: 'borders',
  borderByUa: 'border-by-ua',
  water: 'water',
  places: 'places',
  rail: 'rail-schematic',
  stations: 'rail-stations',
  sightings: 'sightings',
  selection: 'selection',
  hover: 'sighting-hover',
} as const;

export const LAYER = {
  clusters: 'sighting-clusters',
  clusterCount: 'sighting-cluster-count',
  points: 'sighting-points',
  selection: 'sighting-selection',
  hover: 'sighting-hover-ring',
  borderByUa: 'border-by-ua-line',
  borderLabel: 'border-by-ua-label',
  rail: 'rail-schematic-line',
  stations: 'rail-station-points',
  stationLabels: 'rail-station-labels',
} as const;

export const LABEL_FONT = ['DejaVu Sans', 'Noto Sans', 'Arial', 'sans-serif'];

/** Base-style layers that the Layers tab switches (they ship with the app, so no group). */
export const SCHEMATIC_LAYER_IDS = [LAYER.rail] as const;
export const STATION_LAYER_IDS = [LAYER.stations, LAYER.stationLabels] as const;
