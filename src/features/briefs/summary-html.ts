// The printable summary: one standalone HTML document (no scripts, no external requests;
// the map is inlined as a data URL) that the analyst opens and prints to PDF. Every text
// comes from feeds, imports or the analyst, so all of it is escaped.
import { briefRows } from '../../domain/brief/brief-rows';
import type { BriefCollection } from '../../domain/brief/brief-format';
import { htmlText } from '../../domain/brief/export-kml';

const STATUS_NAMES: Record<string, string> = {
  unverified: 'Unverified',
  geolocated: 'Geolocated',
  confirmed: 'Confirmed',
  disputed: 'Disputed',
  disinformation: 'Disinformation',
  unverifiable: 'Unverifiable',
};

function cell(value: string | undefined): string {
  return `<td>${value === undefined || value === '' ? '—' : htmlText(value)}</td>`;
}

/** "47.9 km (29.8 mi)", as the details panel words it. */
export function distanceText(km: number | undefined, mi: number | undefined): string | undefined {
  if (km === undefined || mi === undefined) return undefined;
  return `${km.toFixed(1)} km (${mi.toFixed(1)} mi)`;
}

function isPngDataUrl(value: string | undefined): value is string {
  return value !== undefined && /^data:image\/png;base64,[A-Za-z0-9+/=]+$/.test(value);
}

const STYLE = `body{font:14px/1.4 system-ui,sans-serif;margin:2rem;color:#1d2733}
h1{font-size:1.6rem;margin:0 0 .25rem}.meta{color:#555;margin:0 0 1rem}.summary{white-space:normal;margin:0 0 1rem}
img{max-width:100%;border:1px solid #ccc;margin:0 0 1rem}table{border-collapse:collapse;width:100%}
th,td{border:1px solid #bbb;padding:.25rem .4rem;text-align:left;vertical-align:top}th{background:#eef1f4}
.options{color:#8a4b00}@media print{body{margin:0}}`;

/** The whole document as text. `mapImage` must be a PNG data URL; anything else is left out. */
export function summaryHtml(collection: BriefCollection, mapImage: string | undefined): string {
  const envelope = collection.railwatchBrief;
  const rows = briefRows(collection);
  const protections = [
    envelope.options.coarsened !== undefined ? `positions coarsened to ${envelope.options.coarsened}°` : '',
    envelope.options.authorsDropped ? 'uploaders’ handles removed' : '',
  ].filter((text) => text !== '');
  const body = rows
    .map(
      (row, index) =>
        `<tr>${cell(String(index + 1))}${cell(row.observedAt)}${cell(row.place)}${cell(`${row.lat.toFixed(4)}, ${row.lon.toFixed(4)}`)}` +
        `${cell(distanceText(row.borderKm, row.borderMi))}${cell(STATUS_NAMES[row.status] ?? row.status)}${cell(row.tags.join(', '))}${cell(row.note)}</tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<title>${htmlText(envelope.title)}</title><style>${STYLE}</style></head>
<body>
<h1>${htmlText(envelope.title)}</h1>
<p class="meta">${envelope.author ? `By ${htmlText(envelope.author)} · ` : ''}generated ${htmlText(envelope.generatedAt)} · ${rows.length} sighting${rows.length === 1 ? '' : 's'} · railwatch ${htmlText(envelope.appVersion)}</p>
${protections.length > 0 ? `<p class="options">Protected for sharing: ${protections.join('; ')}.</p>` : ''}
${envelope.summary ? `<p class="summary">${htmlText(envelope.summary)}</p>` : ''}
${isPngDataUrl(mapImage) ? `<img src="${mapImage}" alt="Map of the brief's area">` : ''}
<table>
<thead><tr><th>#</th><th>Observed</th><th>Place</th><th>Lat, lon</th><th>Border distance</th><th>Status</th><th>Tags</th><th>Note</th></tr></thead>
<tbody>
${body}
</tbody>
</table>
</body></html>
`;
}
