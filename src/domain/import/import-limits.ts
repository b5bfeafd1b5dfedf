/** Largest file imported at once; above it the browser tab risks running out of memory. */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;
