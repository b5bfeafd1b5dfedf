import type { WorkspaceSighting } from '../../domain/workspace/workspace-sighting';
import { formatCoordinates } from '../../lib/format';

const KIND_LABELS: Record<string, string> = {
  tank: 'tanks',
  'apc-ifv': 'APC/IFV',
  'light-armoured': 'light armoured',
  artillery: 'artillery',
  mlrs: 'MLRS',
  'air-defence': 'air defence',
  truck: 'trucks',
  fuel: 'fuel',
  ammunition: 'ammunition',
  engineering: 'engineering',
  medical: 'medical',
  other: 'other',
};

export function equipmentKindLabel(kind: string): string {
  return KIND_LABELS[kind] ?? kind;
}

export function sightingTitle(sighting: Pick<WorkspaceSighting, 'place' | 'lon' | 'lat'>): string {
  return sighting.place?.trim() || formatCoordinates(sighting.lon, sighting.lat);
}

export function equipmentSummary(sighting: Pick<WorkspaceSighting, 'equipment'>): string {
  if (sighting.equipment.length === 0) return 'equipment not stated';
  return sighting.equipment
    .map((item) => {
      const label = item.model ? `${item.model} (${equipmentKindLabel(item.kind)})` : equipmentKindLabel(item.kind);
      return item.count !== undefined ? `${item.count}× ${label}` : label;
    })
    .join(', ');
}
