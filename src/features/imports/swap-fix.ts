import { classifyStorageError } from '../../db/classify-storage-error';
import { db } from '../../db/database';
import { getLocalSighting, updateLocalSighting } from '../../db/local-sighting-repository';
import { getAnalystName } from '../../db/settings-repository';

/** Applies a swapped-coordinates fix to a stored sighting; resolves to an error message or null. */
export async function applyCoordinateFix(id: string, fix: { lon: number; lat: number }): Promise<string | null> {
  try {
    const record = await getLocalSighting(db(), id);
    if (!record) return 'That sighting is no longer in the workspace.';
    const feature = { ...record.feature, geometry: { type: 'Point' as const, coordinates: [fix.lon, fix.lat] } };
    await updateLocalSighting(db(), id, feature, await getAnalystName(db()));
    return null;
  } catch (error) {
    return classifyStorageError(error).message;
  }
}
