// Browser side of the exports: the saved file (an <a download> of a Blob URL), the border
// line from the app's own data, and the PNG drawn on a canvas (text only: no HTML rendered).
import { STATUS_COLORS, STATUS_LABELS, type StatusColorKey } from '../../lib/status-colors';
import { scaleBar } from './scale-bar';

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by the next task; revoking at once can cancel it in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

let borderLine: Promise<number[][]> | undefined;

/** The Belarus–Ukraine border, [lon, lat] vertices, from the data shipped with the app. */
export function loadBorderLine(): Promise<number[][]> {
  borderLine ??= fetch(`${import.meta.env.BASE_URL}data/border-by-ua.json`)
    .then((response) => {
      if (!response.ok) throw new Error(`The border line could not be loaded (HTTP ${response.status}).`);
      return response.json() as Promise<{ geometry?: { coordinates?: number[][] } }>;
    })
    .then((feature) => {
      const coordinates = feature.geometry?.coordinates;
      if (!Array.isArray(coordinates) || coordinates.length < 2) throw new Error('The border line file holds no line.');
      return coordinates;
    })
    .catch((error: unknown) => {
      borderLine = undefined;
      throw error;
    });
  return borderLine;
}

const LEGEND: StatusColorKey[] = ['unverified', 'geolocated', 'confirmed', 'disputed', 'disinformation', 'unverifiable'];

export interface PngLabels {
  title: string;
  /** e.g. "Generated 1 Mar 2024, 12:00 UTC · 12 sightings" */
  stamp: string;
  latitude: number;
  zoom: number;
}

function loadImage(src: string): Promise<HTMLImageElement> {
  const image = new Image();
  image.src = src;
  return image.decode().then(() => image);
}

function toBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The browser could not encode the PNG.'))), 'image/png'));
}

/** Fits `text` into `maxWidth` by cutting it with an ellipsis. */
function fitText(context: CanvasRenderingContext2D, text: string, maxWidth: number): string {
  if (context.measureText(text).width <= maxWidth) return text;
  let cut = text;
  while (cut.length > 1 && context.measureText(`${cut}…`).width > maxWidth) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/** The map image with a title band, a status legend, a scale bar and a date stamp. */
export async function composeMapPng(mapImage: string, labels: PngLabels, pixelRatio: number): Promise<Blob> {
  const map = await loadImage(mapImage);
  const r = pixelRatio > 0 ? pixelRatio : 1;
  const band = Math.round(44 * r);
  const canvas = document.createElement('canvas');
  canvas.width = map.naturalWidth;
  canvas.height = map.naturalHeight + band;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('The browser could not draw the PNG.');
  const font = (px: number, weight = '') => `${weight} ${Math.round(px * r)}px system-ui, sans-serif`.trim();

  context.fillStyle = '#1d2733';
  context.fillRect(0, 0, canvas.width, band);
  context.fillStyle = '#ffffff';
  context.font = font(18, 'bold');
  context.textBaseline = 'middle';
  context.fillText(fitText(context, labels.title, canvas.width - 24 * r), 12 * r, band / 2);
  context.drawImage(map, 0, band);

  // Legend, bottom left, on a white card so it reads over any map colour.
  const rowHeight = 18 * r;
  const legendHeight = rowHeight * LEGEND.length + 16 * r;
  const legendWidth = 150 * r;
  const left = 10 * r;
  const top = canvas.height - legendHeight - 10 * r;
  context.fillStyle = 'rgba(255,255,255,0.9)';
  context.fillRect(left, top, legendWidth, legendHeight);
  context.font = font(12);
  LEGEND.forEach((status, i) => {
    const y = top + 8 * r + rowHeight * i + rowHeight / 2;
    context.fillStyle = STATUS_COLORS[status];
    context.beginPath();
    context.arc(left + 14 * r, y, 5 * r, 0, Math.PI * 2);
    context.fill();
    context.fillStyle = '#1d2733';
    context.fillText(STATUS_LABELS[status], left + 26 * r, y);
  });

  // Scale bar and stamp, bottom right.
  const bar = scaleBar(labels.latitude, labels.zoom, 120);
  const barWidth = bar.widthPx * r;
  const right = canvas.width - 12 * r;
  const cardWidth = Math.max(barWidth, 10) + 24 * r;
  context.font = font(11);
  const stampWidth = context.measureText(labels.stamp).width;
  const boxWidth = Math.max(cardWidth, stampWidth + 16 * r);
  const boxTop = canvas.height - 58 * r;
  context.fillStyle = 'rgba(255,255,255,0.9)';
  context.fillRect(right - boxWidth, boxTop, boxWidth, 48 * r);
  context.strokeStyle = '#1d2733';
  context.lineWidth = 2 * r;
  const barY = boxTop + 14 * r;
  context.beginPath();
  context.moveTo(right - 8 * r - barWidth, barY - 5 * r);
  context.lineTo(right - 8 * r - barWidth, barY);
  context.lineTo(right - 8 * r, barY);
  context.lineTo(right - 8 * r, barY - 5 * r);
  context.stroke();
  context.fillStyle = '#1d2733';
  context.textAlign = 'right';
  context.fillText(bar.label, right - 8 * r, barY + 10 * r);
  context.fillText(labels.stamp, right - 8 * r, boxTop + 38 * r);
  context.textAlign = 'left';
  return toBlob(canvas);
}
