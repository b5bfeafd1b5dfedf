import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';

/**
 * A feature's sources and layers as plain style objects. Features build these (in
 * src/map/layers/) and hand them to the map controller; they never touch MapLibre directly.
 */
export type LayerGroup = {
  id: string;
  sources: Record<string, SourceSpecification>;
  layers: LayerSpecification[];
  /** Drawn above the sightings (e.g. a measure line) rather than below them. */
  above?: boolean;
  beforeLayer?: string;
  visible?: boolean;
};
