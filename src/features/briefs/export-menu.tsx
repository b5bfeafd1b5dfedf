import { useId, useState } from 'react';
import { buildBrief } from '../../domain/brief/build-brief';
import { briefToCsv } from '../../domain/brief/export-csv';
import { briefToKml } from '../../domain/brief/export-kml';
import { createLineDistanceIndex } from '../../domain/geo/border-distance';
import { db } from '../../db/database';
import type { AnnotationRecord, BriefRecord } from '../../db/records';
import { APP_VERSION } from '../../lib/app-version';
import { formatDate } from '../../lib/format';
import { useRailwatchMap } from '../../map/map-context';
import { briefExportInput, exportFileName, type ExportChoices } from './brief-export-input';
import type { BriefExportContext } from './briefs-workspace';
import { composeMapPng, downloadBlob, loadBorderLine } from './export-files';
import { summaryHtml } from './summary-html';

type Format = 'geojson' | 'csv' | 'kml' | 'png' | 'html';

const FORMATS: { id: Format; label: string; name: string }[] = [
  { id: 'geojson', label: 'GeoJSON', name: 'Export brief as GeoJSON' },
  { id: 'csv', label: 'CSV', name: 'Export brief as CSV' },
  { id: 'kml', label: 'KML', name: 'Export brief as KML' },
  { id: 'png', label: 'Map PNG', name: 'Export map as PNG' },
  { id: 'html', label: 'Printable summary', name: 'Export printable summary (HTML)' },
];

const FORMAT_NAMES: Record<Format, string> = { geojson: 'GeoJSON', csv: 'CSV', kml: 'KML', png: 'PNG', html: 'printable HTML summary' };

type Props = { brief: BriefRecord; exportContext: () => BriefExportContext };

/** Export of the open brief in five formats, with the protections for uploaders. */
export function ExportMenu({ brief, exportContext }: Props) {
  const map = useRailwatchMap();
  const headingId = useId();
  const [choices, setChoices] = useState<ExportChoices>({ coarsen: false, dropAuthors: false, includeBorder: false });
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);

  async function exportAs(format: Format) {
    setBusy(true);
    setStatus(null);
    try {
      const context = exportContext();
      const needBorder = choices.includeBorder || choices.coarsen;
      const borderLine = needBorder ? await loadBorderLine() : undefined;
      const index = choices.coarsen && borderLine ? createLineDistanceIndex([borderLine]) : undefined;
      const stored = await db().annotations.bulkGet(brief.sightingIds);
      const annotations = stored.filter((a): a is AnnotationRecord => a !== undefined);
      const now = new Date();
      const { input, missing } = briefExportInput(
        {
          brief,
          ...context,
          annotations,
          ...(borderLine ? { borderLine } : {}),
          ...(index ? { distanceKm: (lon: number, lat: number) => index.distanceKm(lon, lat) } : {}),
          appVersion: APP_VERSION,
          now: () => now,
        },
        choices,
      );
      const collection = buildBrief(input);
      const count = collection.railwatchBrief.sightingCount;
      let blob: Blob;
      let extension: string = format;
      if (format === 'geojson') blob = new Blob([JSON.stringify(collection, null, 2)], { type: 'application/geo+json' });
      else if (format === 'csv') blob = new Blob([briefToCsv(collection)], { type: 'text/csv;charset=utf-8' });
      else if (format === 'kml') blob = new Blob([briefToKml(collection)], { type: 'application/vnd.google-earth.kml+xml' });
      else {
        if (!map) throw new Error('The map is still loading; try again in a moment.');
        const image = await map.captureImage();
        if (format === 'png') {
          const view = map.view();
          const stamp = `Generated ${formatDate(now.toISOString())} · ${count} sighting${count === 1 ? '' : 's'} · railwatch`;
          blob = await composeMapPng(image, { title: brief.title, stamp, latitude: view.lat, zoom: view.zoom }, window.devicePixelRatio || 1);
        } else {
          blob = new Blob([summaryHtml(collection, image)], { type: 'text/html;charset=utf-8' });
          extension = 'html';
        }
      }
      const fileName = exportFileName(brief.title, now, extension);
      downloadBlob(blob, fileName);
      const left = missing.length > 0 ? ` ${missing.length} sighting${missing.length === 1 ? ' is' : 's are'} not loaded (feed off or removed) and ${missing.length === 1 ? 'was' : 'were'} left out.` : '';
      setStatus({ error: false, text: `Saved ${fileName}: ${count} sighting${count === 1 ? '' : 's'} as ${FORMAT_NAMES[format]}.${left}` });
    } catch (error) {
      setStatus({ error: true, text: `Export failed: ${error instanceof Error ? error.message : String(error)}` });
    } finally {
      setBusy(false);
    }
  }

  const toggle = (key: keyof ExportChoices) => setChoices((current) => ({ ...current, [key]: !current[key] }));
  return (
    <section className="brief-export" aria-labelledby={headingId}>
      <h4 id={headingId}>Export</h4>
      <fieldset className="brief-export-options">
        <legend>Protect uploaders</legend>
        <label>
          <input type="checkbox" checked={choices.coarsen} onChange={() => toggle('coarsen')} /> Coarsen coordinates to 0.01°
        </label>
        <label>
          <input type="checkbox" checked={choices.dropAuthors} onChange={() => toggle('dropAuthors')} /> Drop author handles
        </label>
        <label>
          <input type="checkbox" checked={choices.includeBorder} onChange={() => toggle('includeBorder')} /> Include border line
        </label>
      </fieldset>
      <div className="brief-export-buttons" role="group" aria-label="Export formats">
        {FORMATS.map((format) => (
          <button key={format.id} type="button" className="button" aria-label={format.name} disabled={busy} onClick={() => void exportAs(format.id)}>
            {format.label}
          </button>
        ))}
      </div>
      <p className={status?.error ? 'error-note' : 'brief-export-status'} role={status?.error ? 'alert' : 'status'}>
        {status?.text ?? ''}
      </p>
    </section>
  );
}
