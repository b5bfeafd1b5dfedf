import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { CorrectedLocation } from '../../db/records';
import { formatLocationInput, parseLocationInput, parseUncertaintyInput } from '../../domain/workspace/parse-location-input';
import type { WorkspaceSighting } from '../../domain/workspace/workspace-sighting';
import { formatCoordinates } from '../../lib/format';
import { useRailwatchMap } from '../../map/map-context';

type Props = {
  sighting: WorkspaceSighting;
  corrected: CorrectedLocation | undefined;
  save: (location: CorrectedLocation | undefined) => Promise<boolean>;
};

type Drafts = { location: string; uncertainty: string };

function draftsOf(corrected: CorrectedLocation | undefined): Drafts {
  return {
    location: corrected ? formatLocationInput(corrected.lon, corrected.lat) : '',
    uncertainty: corrected?.uncertaintyKm !== undefined ? String(corrected.uncertaintyKm) : '',
  };
}

function withUncertainty(lon: number, lat: number, km: number | undefined): CorrectedLocation {
  return km === undefined ? { lon, lat } : { lon, lat, uncertaintyKm: km };
}

// About a metre: a dragged marker does not know the location to a micrometre.
const round5 = (value: number) => Math.round(value * 1e5) / 1e5;

/**
 * Corrected location: typed or pasted ("52.05, 29.25"), or by dragging a marker on the map,
 * with an uncertainty radius. Typed values are saved on Enter or when the field is left; bad
 * input is explained and changes nothing.
 */
export function LocationEditor({ sighting, corrected, save }: Props) {
  const id = useId();
  const map = useRailwatchMap();
  const storedKey = JSON.stringify(corrected ?? null);
  const [drafts, setDrafts] = useState<Drafts>(() => draftsOf(corrected));
  const [seenKey, setSeenKey] = useState(storedKey);
  const [dirty, setDirty] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);

  if (storedKey !== seenKey) {
    setSeenKey(storedKey);
    if (!dirty) setDrafts(draftsOf(corrected));
  }

  // The marker outlives renders; it reads the current correction through this ref.
  const onDragEnd = useRef<(position: { lon: number; lat: number }) => void>(() => undefined);
  useEffect(() => {
    onDragEnd.current = (position) => {
      setError(null);
      void save(withUncertainty(round5(position.lon), round5(position.lat), corrected?.uncertaintyKm));
    };
  }, [save, corrected]);

  const marker = useRef<{ setPosition: (p: { lon: number; lat: number }) => void; remove: () => void } | null>(null);
  const start = useRef({ lon: sighting.lon, lat: sighting.lat });
  useEffect(() => {
    start.current = { lon: sighting.lon, lat: sighting.lat };
    marker.current?.setPosition(start.current);
  }, [sighting.lon, sighting.lat]);
  useEffect(() => {
    if (!dragging || !map) return;
    map.focus(start.current.lon, start.current.lat);
    const handle = map.addDraggableMarker(start.current, {
      label: 'Corrected location marker: drag it to where the train was',
      onDragEnd: (position) => onDragEnd.current(position),
    });
    marker.current = handle;
    return () => {
      handle.remove();
      marker.current = null;
    };
  }, [dragging, map]);

  async function commitLocation() {
    if (!dirty) return;
    if (drafts.location.trim() === '' && !corrected) {
      setDirty(false);
      setError(null);
      return;
    }
    const parsed = parseLocationInput(drafts.location);
    if (!parsed.ok) {
      setError(parsed.message);
      return;
    }
    setError(null);
    if (await save(withUncertainty(parsed.lon, parsed.lat, corrected?.uncertaintyKm))) setDirty(false);
  }

  async function commitUncertainty() {
    if (!dirty || !corrected) return;
    const parsed = parseUncertaintyInput(drafts.uncertainty);
    if (!parsed.ok) {
      setError(parsed.message);
      return;
    }
    setError(null);
    if (await save(withUncertainty(corrected.lon, corrected.lat, parsed.km))) setDirty(false);
  }

  function onEnter(commit: () => Promise<void>) {
    return (event: KeyboardEvent<HTMLInputElement>) => {
      if (event.key !== 'Enter') return;
      event.preventDefault();
      void commit();
    };
  }

  const errorId = `${id}-error`;
  return (
    <fieldset className="analysis-fieldset">
      <legend>Location correction</legend>
      <div className="analysis-field">
        <label htmlFor={`${id}-location`}>Corrected location (lat, lon)</label>
        <input
          id={`${id}-location`}
          type="text"
          inputMode="decimal"
          placeholder="52.05, 29.25"
          value={drafts.location}
          aria-invalid={error !== null}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => {
            setDirty(true);
            setDrafts({ ...drafts, location: event.target.value });
          }}
          onBlur={() => void commitLocation()}
          onKeyDown={onEnter(commitLocation)}
        />
      </div>
      <div className="analysis-field">
        <label htmlFor={`${id}-uncertainty`}>Uncertainty (km)</label>
        <input
          id={`${id}-uncertainty`}
          type="text"
          inputMode="decimal"
          disabled={!corrected}
          title={corrected ? undefined : 'Set a corrected location first'}
          value={drafts.uncertainty}
          onChange={(event) => {
            setDirty(true);
            setDrafts({ ...drafts, uncertainty: event.target.value });
          }}
          onBlur={() => void commitUncertainty()}
          onKeyDown={onEnter(commitUncertainty)}
        />
      </div>
      {error && (
        <p id={errorId} role="alert" className="analysis-error">
          {error}
        </p>
      )}
      <div className="analysis-actions">
        <button type="button" aria-pressed={dragging} disabled={!map} onClick={() => setDragging(!dragging)}>
          Drag marker to correct location
        </button>
        <button
          type="button"
          disabled={!corrected}
          onClick={() => {
            setDirty(false);
            setError(null);
            void save(undefined);
          }}
        >
          Reset to feed location
        </button>
      </div>
      {sighting.feedLon !== undefined && sighting.feedLat !== undefined && (
        <p className="analysis-hint">
          Feed location: {formatCoordinates(sighting.feedLon, sighting.feedLat)}
          {sighting.feedUncertaintyKm !== undefined && ` (± ${sighting.feedUncertaintyKm} km)`}
        </p>
      )}
    </fieldset>
  );
}
