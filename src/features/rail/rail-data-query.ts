import { queryOptions, useQuery } from '@tanstack/react-query';
import type { FeatureCollection } from 'geojson';

export type RailDataFile = 'rail-schematic.json' | 'rail-stations.json';

export const railDataKeys = {
  all: ['rail-data'] as const,
  file: (file: RailDataFile) => [...railDataKeys.all, file] as const,
};

async function fetchCollection(file: RailDataFile, signal: AbortSignal): Promise<FeatureCollection> {
  const response = await fetch(`${import.meta.env.BASE_URL}data/${file}`, { signal });
  if (!response.ok) throw new Error(`${file} answered HTTP ${response.status}`);
  const body = (await response.json()) as Partial<FeatureCollection>;
  if (body.type !== 'FeatureCollection' || !Array.isArray(body.features)) throw new Error(`${file} is not a FeatureCollection`);
  return body as FeatureCollection;
}

/** Files shipped with the build: they never change while the app runs. */
export function railDataQueryOptions(file: RailDataFile) {
  return queryOptions({
    queryKey: railDataKeys.file(file),
    queryFn: ({ signal }) => fetchCollection(file, signal),
    staleTime: Infinity,
    gcTime: Infinity,
  });
}

export function useRailData(file: RailDataFile) {
  return useQuery(railDataQueryOptions(file));
}
