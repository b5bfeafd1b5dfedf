import type { ChangeEvent } from 'react';
import { useImportQueue } from './import-store';
import './imports.css';

export const IMPORT_ACCEPT = '.geojson,.json,.jsonl,.ndjson,.csv,.tsv,.txt,.kml,application/geo+json,application/json,text/csv,application/vnd.google-earth.kml+xml';

/** "Import file": the label is the visible button, so the picker input itself carries the name. */
export function ImportButton() {
  const request = useImportQueue((state) => state.request);
  function onChange(event: ChangeEvent<HTMLInputElement>) {
    const files = [...(event.target.files ?? [])];
    // Cleared so that choosing the same file again imports it again.
    event.target.value = '';
    if (files.length > 0) request(files);
  }
  return (
    <label className="button import-button">
      Import file
      <input type="file" className="visually-hidden" accept={IMPORT_ACCEPT} multiple onChange={onChange} />
    </label>
  );
}
