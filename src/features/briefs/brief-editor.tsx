import { useCallback, useId, useRef, useState } from 'react';
import type { BriefRecord } from '../../db/records';
import { statusLabel } from '../../domain/workspace/status-label';
import { formatCoordinates, formatDate } from '../../lib/format';
import { statusColor } from '../../lib/status-colors';
import { useRailwatchMap } from '../../map/map-context';
import { useBriefStore } from '../../stores/brief-store';
import { addManyToBrief, deleteWithUndo, duplicate, pinnedSightingIds, removeFromBrief, saveBrief } from './brief-actions';
import type { BriefsWorkspace } from './briefs-workspace';
import { AutosaveField } from './autosave-field';
import { ExportMenu } from './export-menu';

type Props = { brief: BriefRecord; workspace: BriefsWorkspace; onBack: () => void };

function plural(n: number, one: string): string {
  return `${n} ${one}${n === 1 ? '' : 's'}`;
}

/** One open brief: its text (saved as typed), its sightings, its view, and its exports. */
export function BriefEditor({ brief, workspace, onBack }: Props) {
  const map = useRailwatchMap();
  const openBrief = useBriefStore((state) => state.openBrief);
  const titleRef = useRef<HTMLInputElement>(null);
  const headingId = useId();
  const [message, setMessage] = useState('');
  const [confirming, setConfirming] = useState(false);
  const listed = workspace.listed;

  const saveTitle = useCallback(async (title: string) => (await saveBrief(brief.id, { title })) !== undefined, [brief.id]);
  const saveSummary = useCallback(async (summary: string) => (await saveBrief(brief.id, { summary })) !== undefined, [brief.id]);

  async function addIds(ids: readonly string[] | undefined, what: string) {
    if (!ids) return;
    const added = await addManyToBrief(brief, ids);
    if (added === undefined) return;
    setMessage(added === 0 ? `All ${what} are already in the brief.` : `Added ${plural(added, 'sighting')} (${what}).`);
  }

  async function saveView() {
    if (!map) return;
    const view = map.view();
    const rounded = { lon: Math.round(view.lon * 1e5) / 1e5, lat: Math.round(view.lat * 1e5) / 1e5, zoom: Math.round(view.zoom * 100) / 100 };
    if (await saveBrief(brief.id, { view: rounded })) setMessage('Map view saved with the brief.');
  }

  return (
    <article className="brief-editor" aria-labelledby={headingId}>
      <header className="brief-editor-header">
        <button type="button" className="button" onClick={onBack}>
          ← All briefs
        </button>
        <h3 id={headingId}>{brief.title}</h3>
      </header>
      <AutosaveField
        label="Brief title"
        value={brief.title}
        onSave={saveTitle}
        inputRef={titleRef}
        validate={(value) => (value.trim() === '' ? 'A brief needs a title.' : null)}
      />
      <AutosaveField label="Brief summary" value={brief.summary} onSave={saveSummary} multiline />
      <p className="brief-meta">
        {brief.author ? `By ${brief.author} · ` : ''}created {formatDate(brief.createdAt)} · updated {formatDate(brief.updatedAt)}
        {brief.view && ` · view ${formatCoordinates(brief.view.lon, brief.view.lat)}, zoom ${brief.view.zoom.toFixed(1)}`}
      </p>
      <div className="brief-actions" role="group" aria-label="Brief actions">
        <button type="button" className="button" onClick={() => void pinnedSightingIds().then((ids) => addIds(ids, 'pinned'))}>
          Add all pinned
        </button>
        <button type="button" className="button" disabled={listed.length === 0} onClick={() => void addIds(listed.map((sighting) => sighting.id), 'filtered')}>
          Add all {listed.length} filtered
        </button>
        <button type="button" className="button" disabled={!map} onClick={() => void saveView()}>
          Save current map view
        </button>
        {brief.view && (
          <button type="button" className="button" disabled={!map} onClick={() => brief.view && map?.setView(brief.view)}>
            Go to saved view
          </button>
        )}
        <button type="button" className="button" onClick={() => titleRef.current?.select()}>
          Rename
        </button>
        <button
          type="button"
          className="button"
          onClick={() =>
            void duplicate(brief.id).then((copy) => {
              if (copy) openBrief(copy.id);
            })
          }
        >
          Duplicate
        </button>
        {confirming ? (
          <span className="confirm-action" role="group" aria-label={`Delete brief “${brief.title}”?`}>
            Delete this brief?{' '}
            <button type="button" className="button danger" autoFocus onClick={() => void deleteWithUndo(brief)}>
              Delete brief
            </button>{' '}
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </span>
        ) : (
          <button type="button" className="button" onClick={() => setConfirming(true)}>
            Delete
          </button>
        )}
      </div>
      <p className="brief-message" role="status">
        {message}
      </p>
      <h4>Sightings ({brief.sightingIds.length})</h4>
      {brief.sightingIds.length === 0 ? (
        <p className="empty-note">No sightings yet: add them from a sighting’s details (“Add to brief”), or with the buttons above.</p>
      ) : (
        <ul className="brief-sightings" aria-label="Sightings in the brief">
          {brief.sightingIds.map((id) => {
            const sighting = workspace.byId.get(id);
            const title = sighting ? sighting.place?.trim() || formatCoordinates(sighting.lon, sighting.lat) : `Sighting ${id}`;
            return (
              <li key={id} className="brief-sighting" data-sighting-id={id}>
                {sighting ? (
                  <button type="button" className="brief-sighting-button" onClick={() => workspace.onSelect(id)}>
                    <span className="status-dot" style={{ background: statusColor(sighting.status) }} aria-hidden="true" />
                    <span className="brief-sighting-title">{title}</span>
                    <span className="brief-sighting-meta">
                      {formatDate(sighting.observedAt)} · {statusLabel(sighting)}
                    </span>
                  </button>
                ) : (
                  <span className="brief-sighting-missing">
                    {title} <span className="brief-sighting-meta">not loaded (its feed is off or removed)</span>
                  </span>
                )}
                <button type="button" className="button" aria-label={`Remove ${title} from the brief`} onClick={() => void removeFromBrief(brief.id, id)}>
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <ExportMenu brief={brief} exportContext={workspace.exportContext} />
    </article>
  );
}
