import type { Feature } from 'geojson';
import { beforeEach, describe, expect, it } from 'vitest';
import { addLocalSighting, getLocalSighting } from '../../db/local-sighting-repository';
import { createTestDatabase } from '../../db/test-database';
import { updateAnnotation } from '../../db/annotation-repository';
import { useNoticeStore } from '../../stores/notice-store';
import { useSelectionStore } from '../../stores/selection-store';
import { deleteOwnSighting, UNDO_TOO_LATE, undoDeletion } from './delete-own-sighting';

const feature: Feature = { type: 'Feature', id: 'mine-1', geometry: { type: 'Point', coordinates: [29.2, 51.8] }, properties: { place: 'Yelsk' } };

describe('deleteOwnSighting', () => {
  beforeEach(() => {
    useNoticeStore.setState({ notices: [] });
    useSelectionStore.setState({ selectedId: null });
  });

  it('deletes the sighting, clears its selection and offers Undo, which restores and reselects it', async () => {
    const database = createTestDatabase();
    await addLocalSighting(database, feature, 'analyst');
    useSelectionStore.getState().select('mine-1');

    expect(await deleteOwnSighting('mine-1', database)).toBe(true);
    expect(await getLocalSighting(database, 'mine-1')).toBeUndefined();
    expect(useSelectionStore.getState().selectedId).toBeNull();
    const notice = useNoticeStore.getState().notices.at(-1);
    expect(notice?.message).toBe('Sighting deleted.');
    expect(notice?.action?.label).toBe('Undo');

    expect(await undoDeletion('mine-1', database)).toBe(true);
    expect((await getLocalSighting(database, 'mine-1'))?.feature).toEqual(feature);
    expect(useSelectionStore.getState().selectedId).toBe('mine-1');
    expect(useNoticeStore.getState().notices.at(-1)?.message).toBe('Sighting restored.');
  });

  it('refuses to undo once a later change was saved, leaving that change and the deletion in place', async () => {
    const database = createTestDatabase();
    await addLocalSighting(database, feature, 'analyst');
    await deleteOwnSighting('mine-1', database);
    await updateAnnotation(database, 'feed-sighting-7', { note: 'later edit' }, 'analyst');

    expect(await undoDeletion('mine-1', database)).toBe(false);
    expect(await getLocalSighting(database, 'mine-1')).toBeUndefined();
    expect((await database.annotations.get('feed-sighting-7'))?.note).toBe('later edit');
    expect(useNoticeStore.getState().notices.at(-1)).toMatchObject({ kind: 'warning', message: UNDO_TOO_LATE });
  });

  it('does nothing and offers no Undo for a sighting that is not stored', async () => {
    const database = createTestDatabase();
    expect(await deleteOwnSighting('absent', database)).toBe(false);
    expect(useNoticeStore.getState().notices).toEqual([]);
  });
});
