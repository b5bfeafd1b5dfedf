// Test and benchmark fixture: the Belarus–Ukraine border and both country outlines, built
// the same way as the app's data generator (Natural Earth 1:10m from world-atlas, shared
// arc via topojson-client `mesh`). Reads the package from disk with Node APIs, so it is for
// Node (Vitest, tsx) only; the app loads public/data/border-by-ua.json instead.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { PolygonCoordinates } from './point-in-polygon.ts';

const BELARUS_ID = '112';
const UKRAINE_ID = '804';

export interface BorderFixture {
  /** One line from the BY–PL–UA tripoint (west) to the BY–RU–UA tripoint (east). */
  border: [number, number][];
  belarus: PolygonCoordinates[];
  ukraine: PolygonCoordinates[];
}

let cached: BorderFixture | undefined;

export function loadBorderFixture(): BorderFixture {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const topo = JSON.parse(readFileSync(require.resolve('world-atlas/countries-10m.json'), 'utf8')) as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const countries = topo.objects.countries;
  const isPair = (a: { id?: string | number }, b: { id?: string | number }): boolean => {
    const ids = [String(a.id), String(b.id)].sort().join();
    return ids === [BELARUS_ID, UKRAINE_ID].join();
  };
  const shared = mesh(topo, countries, (a, b) => a !== b && isPair(a, b));
  const outline = (id: string): PolygonCoordinates[] => {
    const geometry = countries.geometries.find((g) => String(g.id) === id);
    if (!geometry) throw new Error(`border-fixture: country ${id} missing from world-atlas`);
    const shape = (feature(topo, geometry) as Feature<Polygon | MultiPolygon>).geometry;
    return shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates;
  };
  cached = { border: mergeWestToEast(shared.coordinates), belarus: outline(BELARUS_ID), ukraine: outline(UKRAINE_ID) };
  return cached;
}

const samePosition = (a: Position, b: Position): boolean => a[0] === b[0] && a[1] === b[1];

/** Chains mesh pieces end to end into one line that starts at its westernmost end. */
export function mergeWestToEast(pieces: readonly Position[][]): [number, number][] {
  const rest = pieces.filter((p) => p.length > 0).map((p) => [...p]);
  if (rest.length === 0) throw new Error('border-fixture: no border pieces');
  let line = rest.shift()!;
  while (rest.length > 0) {
    const i = rest.findIndex(
      (p) => samePosition(p[0]!, line.at(-1)!) || samePosition(p.at(-1)!, line.at(-1)!) || samePosition(p[0]!, line[0]!) || samePosition(p.at(-1)!, line[0]!),
    );
    if (i < 0) throw new Error('border-fixture: border pieces do not connect');
    const [p] = rest.splice(i, 1) as [Position[]];
    if (samePosition(p[0]!, line.at(-1)!)) line = [...line, ...p.slice(1)];
    else if (samePosition(p.at(-1)!, line.at(-1)!)) line = [...line, ...p.reverse().slice(1)];
    else if (samePosition(p.at(-1)!, line[0]!)) line = [...p, ...line.slice(1)];
    else line = [...p.reverse(), ...line.slice(1)];
  }
  if (line[0]![0]! > line.at(-1)![0]!) line.reverse();
  return line.map(([lon, lat]) => [lon!, lat!]);
}
