import type { SourceResult } from './source-result';

/** Sightings kept in the workspace: imported files and the analyst's own. */
const NO_SOURCES: SourceResult[] = [];

export function useLocalSources(): SourceResult[] {
  return NO_SOURCES;
}
