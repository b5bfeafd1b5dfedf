import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { classifyStorageError } from '../../db/classify-storage-error';
import { db } from '../../db/database';
import { addLocalSighting } from '../../db/local-sighting-repository';
import { getAnalystName } from '../../db/settings-repository';
import { EQUIPMENT_KINDS, SIGHTING_STATUSES } from '../../domain/sighting/sighting-schema';
import { STATUS_LABELS } from '../../lib/status-colors';
import { useRailwatchMap } from '../../map/map-context';
import { notify } from '../../stores/notice-store';
import { useSelectionStore } from '../../stores/selection-store';
import { focusAddSightingToggle, useAddSightingStore } from './add-sighting-store';
import { validateSightingForm } from './sighting-form';
import type { SightingFormField, SightingFormValues } from './sighting-form-values';
import { useDraftMarker } from './use-draft-marker';

const KIND_LABELS: Record<string, string> = {
  tank: 'Tanks',
  'apc-ifv': 'APC / IFV',
  'light-armoured': 'Light armoured vehicles',
  artillery: 'Artillery',
  mlrs: 'Rocket launchers (MLRS)',
  'air-defence': 'Air defence',
  truck: 'Trucks',
  fuel: 'Fuel tankers',
  ammunition: 'Ammunition',
  engineering: 'Engineering',
  medical: 'Medical / ambulances',
  other: 'Other',
};

const FIELD_ORDER: SightingFormField[] = ['place', 'observedAt', 'status', 'equipmentKind', 'equipmentCount', 'caption', 'sourceUrl', 'lat', 'lon'];

type FieldProps = { field: SightingFormField; label: string; error: string | undefined; children: (props: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string }) => ReactNode };

function Field({ field, label, error, children }: FieldProps) {
  const id = `own-sighting-${field}`;
  const errorId = `${id}-error`;
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': error !== undefined, ...(error ? { 'aria-describedby': errorId } : {}) })}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

function SightingForm({ values }: { values: SightingFormValues }) {
  const setField = useAddSightingStore((state) => state.setField);
  const stop = useAddSightingStore((state) => state.stop);
  const select = useSelectionStore((state) => state.select);
  const [errors, setErrors] = useState<Partial<Record<SightingFormField, string>>>({});
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  const bind = (field: SightingFormField) => ({
    value: values[field],
    onChange: (event: { target: { value: string } }) => setField(field, event.target.value),
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = validateSightingForm(values);
    if (!result.ok) {
      setErrors(result.errors);
      const first = FIELD_ORDER.find((field) => result.errors[field]);
      if (first) formRef.current?.querySelector<HTMLElement>(`#own-sighting-${first}`)?.focus();
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      const record = await addLocalSighting(db(), result.feature, await getAnalystName(db()));
      stop();
      select(record.id);
      notify({ kind: 'info', message: 'Sighting added to My sightings.' });
      focusAddSightingToggle();
    } catch (error) {
      // The form stays filled in, so nothing typed is lost; the workspace is unchanged.
      notify({ kind: 'error', message: classifyStorageError(error).message });
      setSaving(false);
    }
  }

  return (
    <form ref={formRef} className="own-sighting-form" noValidate onSubmit={(event) => void submit(event)}>
      <Field field="place" label="Place" error={errors.place}>
        {(props) => <input {...props} {...bind('place')} type="text" autoComplete="off" autoFocus placeholder="e.g. Yelsk station" />}
      </Field>
      <Field field="observedAt" label="Observed on" error={errors.observedAt}>
        {(props) => <input {...props} {...bind('observedAt')} type="date" />}
      </Field>
      <Field field="status" label="Status" error={errors.status}>
        {(props) => (
          <select {...props} {...bind('status')}>
            {SIGHTING_STATUSES.map((status) => (
              <option key={status} value={status}>
                {STATUS_LABELS[status]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="form-row">
        <Field field="equipmentKind" label="Equipment" error={errors.equipmentKind}>
          {(props) => (
            <select {...props} {...bind('equipmentKind')}>
              <option value="">Not stated</option>
              {EQUIPMENT_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {KIND_LABELS[kind] ?? kind}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field field="equipmentCount" label="Count" error={errors.equipmentCount}>
          {(props) => <input {...props} {...bind('equipmentCount')} type="text" inputMode="numeric" size={5} />}
        </Field>
      </div>
      <Field field="caption" label="Caption" error={errors.caption}>
        {(props) => <textarea {...props} {...bind('caption')} rows={2} />}
      </Field>
      <Field field="sourceUrl" label="Source link" error={errors.sourceUrl}>
        {(props) => <input {...props} {...bind('sourceUrl')} type="url" inputMode="url" placeholder="https://…" />}
      </Field>
      <div className="form-row">
        <Field field="lat" label="Latitude" error={errors.lat}>
          {(props) => <input {...props} {...bind('lat')} type="text" inputMode="decimal" size={10} />}
        </Field>
        <Field field="lon" label="Longitude" error={errors.lon}>
          {(props) => <input {...props} {...bind('lon')} type="text" inputMode="decimal" size={10} />}
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={saving}>
          Save sighting
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            stop();
            focusAddSightingToggle();
          }}
        >
          Cancel
        </button>
      </div>
    </form>
  );
}

/** The panel's body: first a hint, then the form, with a draggable marker on the map. */
export function AddSightingContent() {
  const values = useAddSightingStore((state) => state.values);
  const placeAt = useAddSightingStore((state) => state.placeAt);
  const map = useRailwatchMap();
  useDraftMarker();

  return values ? (
    <>
      <p className="form-hint">Click the map again or drag the marker to move it. Esc cancels.</p>
      <SightingForm values={values} />
    </>
  ) : (
    <>
      <p className="form-hint">Click the map where the train was seen. Esc cancels.</p>
      <button type="button" className="button" disabled={!map} onClick={() => map && placeAt(map.view())}>
        Use the map centre
      </button>
    </>
  );
}
