// Which prepared features an import actually stores, and how many were duplicates. A
// sighting already stored locally is not stored twice (its first import keeps it); one that
// matches a sighting already on the map by id or source link is stored (the file stays whole
// and removable) and shown once by the sources merge.
import type { PreparedFeature, PreparedImport } from './import-prepare.ts';

export interface KnownSightings {
  /** Ids already in the workspace's local sightings table. */
  localIds: ReadonlySet<string>;
  /** Ids of every sighting currently shown (feeds and local). */
  shownIds: ReadonlySet<string>;
  /** normaliseSourceUrl keys of every sighting currently shown. */
  shownUrlKeys: ReadonlySet<string>;
}

export interface ImportPlan {
  toStore: PreparedFeature[];
  duplicates: {
    /** Rows repeating an id used earlier in the same file. */
    inFile: number;
    /** Sightings this workspace already stores (from an earlier import): not stored again. */
    alreadyStored: number;
    /** Sightings a feed already shows (same id or link): stored, and shown once. */
    mergedWithShown: number;
  };
}

export function planImport(prepared: Pick<PreparedImport, 'features' | 'duplicatesInFile'>, known: KnownSightings): ImportPlan {
  const toStore: PreparedFeature[] = [];
  let alreadyStored = 0;
  let mergedWithShown = 0;
  for (const feature of prepared.features) {
    if (known.localIds.has(feature.id)) {
      alreadyStored++;
      continue;
    }
    toStore.push(feature);
    if (known.shownIds.has(feature.id) || (feature.urlKey !== undefined && known.shownUrlKeys.has(feature.urlKey))) mergedWithShown++;
  }
  return { toStore, duplicates: { inFile: prepared.duplicatesInFile, alreadyStored, mergedWithShown } };
}

export function duplicateTotal(plan: ImportPlan): number {
  const { inFile, alreadyStored, mergedWithShown } = plan.duplicates;
  return inFile + alreadyStored + mergedWithShown;
}
