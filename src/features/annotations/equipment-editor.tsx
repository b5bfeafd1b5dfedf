import { useState } from 'react';
import type { EquipmentEntry } from '../../db/records';
import { EQUIPMENT_KINDS, type EquipmentItem } from '../../domain/sighting/sighting-schema';

type Row = { kind: string; model: string; count: string };

type Props = {
  corrected: readonly EquipmentEntry[] | undefined;
  /** What the feed (or its hashtags) says, the starting point of a correction. */
  feedEquipment: readonly EquipmentItem[];
  save: (equipment: EquipmentEntry[] | undefined) => Promise<boolean>;
};

const rowsOf = (entries: readonly EquipmentEntry[] | undefined): Row[] =>
  (entries ?? []).map((entry) => ({ kind: entry.kind, model: entry.model ?? '', count: entry.count === undefined ? '' : String(entry.count) }));

const entryOf = ({ kind, model, count }: EquipmentItem | EquipmentEntry): EquipmentEntry => ({
  kind,
  ...(model ? { model } : {}),
  ...(count !== undefined ? { count } : {}),
});

/** Rows as entries, or the first row's problem in words. */
function toEntries(rows: readonly Row[]): EquipmentEntry[] | string {
  const entries: EquipmentEntry[] = [];
  for (const [index, row] of rows.entries()) {
    const count = row.count.trim();
    if (count !== '' && !/^\d+$/.test(count)) return `Row ${index + 1}: the count must be a whole number of 0 or more.`;
    entries.push({ kind: row.kind, ...(row.model.trim() ? { model: row.model.trim() } : {}), ...(count !== '' ? { count: Number(count) } : {}) });
  }
  return entries;
}

/** The analyst's count of what the train carries, replacing the feed's once started. */
export function EquipmentEditor({ corrected, feedEquipment, save }: Props) {
  const storedKey = JSON.stringify(corrected ?? null);
  const [rows, setRows] = useState<Row[]>(() => rowsOf(corrected));
  const [seenKey, setSeenKey] = useState(storedKey);
  const [dirty, setDirty] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (storedKey !== seenKey) {
    setSeenKey(storedKey);
    if (!dirty) setRows(rowsOf(corrected));
  }

  async function commit(next: Row[]) {
    const entries = toEntries(next);
    if (typeof entries === 'string') {
      setError(entries);
      return;
    }
    setError(null);
    if (await save(entries)) setDirty(false);
  }

  function edit(index: number, change: Partial<Row>): Row[] {
    const next = rows.map((row, i) => (i === index ? { ...row, ...change } : row));
    setRows(next);
    setDirty(true);
    return next;
  }

  if (!corrected) {
    return (
      <div className="analysis-field">
        <span className="analysis-label">Equipment</span>
        <p className="analysis-hint">Shown as the feed gives it.</p>
        <div className="analysis-actions">
          <button type="button" onClick={() => void save(feedEquipment.map(entryOf))}>
            Correct equipment
          </button>
        </div>
      </div>
    );
  }

  return (
    <fieldset className="analysis-fieldset">
      <legend>Corrected equipment</legend>
      {rows.length === 0 && <p className="analysis-hint">No equipment: the analyst says the train carries none.</p>}
      <ul className="equipment-rows">
        {rows.map((row, index) => {
          const n = index + 1;
          return (
            <li key={index} className="equipment-row">
              <select aria-label={`Kind, row ${n}`} value={row.kind} onChange={(event) => void commit(edit(index, { kind: event.target.value }))}>
                {!(EQUIPMENT_KINDS as readonly string[]).includes(row.kind) && <option value={row.kind}>{row.kind}</option>}
                {EQUIPMENT_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {kind}
                  </option>
                ))}
              </select>
              <input
                aria-label={`Model, row ${n}`}
                type="text"
                placeholder="model"
                value={row.model}
                onChange={(event) => edit(index, { model: event.target.value })}
                onBlur={() => dirty && void commit(rows)}
                onKeyDown={(event) => event.key === 'Enter' && void commit(rows)}
              />
              <input
                aria-label={`Count, row ${n}`}
                type="text"
                inputMode="numeric"
                placeholder="count"
                className="equipment-count"
                value={row.count}
                onChange={(event) => edit(index, { count: event.target.value })}
                onBlur={() => dirty && void commit(rows)}
                onKeyDown={(event) => event.key === 'Enter' && void commit(rows)}
              />
              <button type="button" aria-label={`Remove equipment row ${n}`} onClick={() => void commit(rows.filter((_, i) => i !== index))}>
                ×
              </button>
            </li>
          );
        })}
      </ul>
      {error && (
        <p role="alert" className="analysis-error">
          {error}
        </p>
      )}
      <div className="analysis-actions">
        <button type="button" onClick={() => void commit([...rows, { kind: 'tank', model: '', count: '' }])}>
          Add equipment row
        </button>
        <button
          type="button"
          onClick={() => {
            setDirty(false);
            setError(null);
            void save(undefined);
          }}
        >
          Use feed equipment
        </button>
      </div>
    </fieldset>
  );
}
