import { EQUIPMENT_KIND_NAMES } from '../../domain/explore/filter-state';
import { NO_EQUIPMENT_KEY, type StackBy } from '../../domain/explore/timeline';
import { STATUS_LABELS, statusColor } from '../../lib/status-colors';

// Support units (fuel, ammunition, medical) get warm, distinct colours: they are what tells
// an offensive from an exercise, so they must stand out in the stack.
const EQUIPMENT_COLORS: Record<string, string> = {
  tank: '#3d5a80',
  'apc-ifv': '#5b8cbf',
  'light-armoured': '#98c1d9',
  artillery: '#6a4c93',
  mlrs: '#9d79c7',
  'air-defence': '#2a9d8f',
  truck: '#8d99ae',
  fuel: '#e76f51',
  ammunition: '#d62828',
  engineering: '#a68a64',
  medical: '#f4a261',
  other: '#b0b0b0',
  [NO_EQUIPMENT_KEY]: '#d9d9d9',
};

const EQUIPMENT_LABELS: Record<string, string> = { ...EQUIPMENT_KIND_NAMES, other: 'Other', [NO_EQUIPMENT_KEY]: 'Not stated' };

export function stackColor(stackBy: StackBy, key: string): string {
  return stackBy === 'status' ? statusColor(key) : (EQUIPMENT_COLORS[key] ?? EQUIPMENT_COLORS.other!);
}

export function stackLabel(stackBy: StackBy, key: string): string {
  const labels: Record<string, string> = stackBy === 'status' ? STATUS_LABELS : EQUIPMENT_LABELS;
  return labels[key] ?? key;
}
