import type { Sighting } from '../../domain/sighting/sighting-schema';
import type { WorkspaceSighting } from '../../domain/workspace/workspace-sighting';

/** What an export needs from the workspace, gathered only when the analyst exports. */
export type BriefExportContext = {
  /** Sightings as their feeds gave them (before annotations), by id. */
  rawById: ReadonlyMap<string, Sighting>;
  /** Sighting id → names of the feeds that reported it. */
  feedNamesById: ReadonlyMap<string, readonly string[]>;
  /** Sighting id → km to the border from the shown position. */
  borderKmById: ReadonlyMap<string, number>;
};

/** What the Briefs tab is given by the app (it may not read other features). */
export type BriefsWorkspace = {
  /** The sightings the list shows now (the current filter), in list order. */
  listed: readonly { id: string }[];
  byId: ReadonlyMap<string, WorkspaceSighting>;
  onSelect: (id: string) => void;
  exportContext: () => BriefExportContext;
};
