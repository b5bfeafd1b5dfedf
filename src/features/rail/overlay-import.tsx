import { useId, useState, type ChangeEvent } from 'react';
import { classifyStorageError } from '../../db/classify-storage-error';
import { db } from '../../db/database';
import { addOverlay } from '../../db/overlay-repository';
import { checkOverlaySize, overlayNameFromFile, parseRailwayGeoJson } from './railway-geojson';

type Outcome = { kind: 'done' | 'error'; message: string } | null;

const plural = (count: number, word: string) => `${count.toLocaleString('en-GB')} ${word}${count === 1 ? '' : 's'}`;

/** The "Import railway GeoJSON" file input; a refused file leaves the stored overlays untouched. */
export function OverlayImport() {
  const inputId = useId();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  async function importFile(file: File): Promise<Outcome> {
    const tooLarge = checkOverlaySize(file.size);
    if (tooLarge) return { kind: 'error', message: `${file.name}: ${tooLarge}` };
    const result = parseRailwayGeoJson(await file.text());
    if (!result.ok) return { kind: 'error', message: `${file.name}: ${result.message}` };
    const name = overlayNameFromFile(file.name);
    try {
      await addOverlay(db(), { name, geojson: result.collection });
    } catch (error) {
      return { kind: 'error', message: classifyStorageError(error).message };
    }
    const notes = [
      result.ignoredPoints > 0 ? `${plural(result.ignoredPoints, 'point')} ignored` : '',
      result.skipped > 0 ? `${plural(result.skipped, 'unusable feature')} skipped` : '',
    ].filter(Boolean);
    return {
      kind: 'done',
      message: `Imported “${name}”: ${plural(result.collection.features.length, 'line feature')}${notes.length ? ` (${notes.join(', ')})` : ''}.`,
    };
  }

  async function onChange(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    setOutcome(null);
    try {
      setOutcome(await importFile(file));
    } catch (error) {
      setOutcome({ kind: 'error', message: `${file.name} could not be read: ${error instanceof Error ? error.message : String(error)}` });
    } finally {
      setBusy(false);
      // Lets the analyst pick the same file again after fixing it.
      input.value = '';
    }
  }

  return (
    <div className="overlay-import">
      <label htmlFor={inputId} className="overlay-import-label">
        Import railway GeoJSON
      </label>
      <input
        id={inputId}
        type="file"
        accept=".geojson,.json,application/geo+json,application/json"
        disabled={busy}
        aria-describedby={`${inputId}-hint`}
        onChange={(event) => void onChange(event)}
      />
      <p id={`${inputId}-hint`} className="layer-note">
        OpenStreetMap railways exported with osmium (lines only, up to 100 MB). Kept in this browser.
      </p>
      <p className="layer-status" role="status">
        {busy ? 'Importing…' : outcome?.kind === 'done' ? outcome.message : ''}
      </p>
      {outcome?.kind === 'error' && (
        <p className="error-note" role="alert">
          {outcome.message}
        </p>
      )}
    </div>
  );
}
