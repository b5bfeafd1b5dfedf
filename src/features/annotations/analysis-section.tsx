import { useCallback, useId } from 'react';
import type { AnalystStatus, CorrectedLocation, EquipmentEntry } from '../../db/records';
import { db } from '../../db/database';
import { getAnalystName } from '../../db/settings-repository';
import type { WorkspaceSighting } from '../../domain/workspace/workspace-sighting';
import { EquipmentEditor } from './equipment-editor';
import { HistoryList } from './history-list';
import { LocationEditor } from './location-editor';
import { NoteField } from './note-field';
import { StatusField } from './status-field';
import { TagsField } from './tags-field';
import { useAnnotationEditor } from './use-annotation-editor';
import { useLiveRead } from './use-live-read';
import './annotations.css';

type Props = { sighting: WorkspaceSighting };

/**
 * The analyst's layer over one sighting. There is no save button: every change is written
 * at once, stamped with the analyst's name, and kept in the history below. Mount it with
 * `key={sighting.id}` so a half-typed value never follows the analyst to another sighting.
 */
export function AnalysisSection({ sighting }: Props) {
  const headingId = useId();
  const editor = useAnnotationEditor(sighting.id);
  const analystName = useLiveRead(() => getAnalystName(db()), [], '').value;
  const { annotation, save } = editor;

  const saveNote = useCallback((note: string) => save({ note }), [save]);
  const saveTags = useCallback((tags: string[]) => save({ tags }), [save]);
  const saveStatus = useCallback((status: AnalystStatus | undefined) => save({ status }), [save]);
  const saveLocation = useCallback((correctedLocation: CorrectedLocation | undefined) => save({ correctedLocation }), [save]);
  const saveEquipment = useCallback((correctedEquipment: EquipmentEntry[] | undefined) => save({ correctedEquipment }), [save]);

  const pinned = annotation?.pinned ?? false;
  return (
    <section className="details-section analysis-section" aria-labelledby={headingId}>
      <div className="analysis-heading">
        <h4 id={headingId}>Analysis</h4>
        <button
          type="button"
          className="pin-button"
          aria-pressed={pinned}
          disabled={!editor.loaded}
          onClick={() => void editor.togglePin()}
        >
          {pinned ? 'Unpin sighting' : 'Pin sighting'}
        </button>
      </div>
      <p className="analysis-hint">
        Saved as you go{analystName ? `, as ${analystName}` : ''}.{' '}
        {!analystName && 'Set your name in Settings so your changes carry it.'}
      </p>
      {editor.error && (
        <p role="alert" className="analysis-error">
          {editor.error}
        </p>
      )}
      {!editor.loaded ? (
        <p className="analysis-hint">Loading the annotation…</p>
      ) : (
        <>
          <NoteField stored={annotation?.note ?? ''} save={saveNote} />
          <TagsField tags={annotation?.tags ?? []} save={saveTags} />
          <StatusField status={annotation?.status} feedStatus={sighting.feedStatus ?? (sighting.status === 'unverifiable' ? undefined : sighting.status)} save={saveStatus} />
          <LocationEditor sighting={sighting} corrected={annotation?.correctedLocation} save={saveLocation} />
          <EquipmentEditor corrected={annotation?.correctedEquipment} feedEquipment={sighting.feedEquipment ?? sighting.equipment} save={saveEquipment} />
        </>
      )}
      <HistoryList sightingId={sighting.id} />
    </section>
  );
}
