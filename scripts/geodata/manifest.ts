import type { BBox } from 'geojson';

export interface ManifestFile {
  bytes: number;
  features: number;
}

export interface Manifest {
  generatedBy: string;
  sources: string[];
  files: Record<string, ManifestFile>;
  totalBytes: number;
  region: BBox;
}

/** Serialises output the same way every run: compact JSON, trailing newline. */
export function serialize(value: unknown): string {
  return `${JSON.stringify(value)}\n`;
}

/** Byte size and feature count of each written file; no timestamps, so reruns are identical. */
export function buildManifest(generatedBy: string, sources: string[], written: Record<string, { text: string; features: number }>, region: BBox): Manifest {
  const files: Record<string, ManifestFile> = {};
  let totalBytes = 0;
  for (const name of Object.keys(written).sort()) {
    const bytes = Buffer.byteLength(written[name]!.text, 'utf8');
    files[name] = { bytes, features: written[name]!.features };
    totalBytes += bytes;
  }
  return { generatedBy, sources, files, totalBytes, region };
}
