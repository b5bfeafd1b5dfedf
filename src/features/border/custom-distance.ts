/** Largest custom distance: beyond it every sighting in the region passes anyway. */
export const MAX_CUSTOM_KM = 5000;

/** Reads what the analyst typed as a distance in km (a decimal comma is accepted), or says what is wrong. */
export function parseCustomKm(text: string): { km: number } | { error: string } {
  const trimmed = text.trim();
  if (trimmed === '') return { error: 'Enter a distance in km.' };
  const km = Number(trimmed.replace(',', '.'));
  if (!Number.isFinite(km)) return { error: `“${trimmed}” is not a number of km.` };
  if (km <= 0) return { error: 'The distance must be greater than 0 km.' };
  if (km > MAX_CUSTOM_KM) return { error: `Enter at most ${MAX_CUSTOM_KM} km.` };
  return { km };
}
