/**
 * The railwatch version written into exports (briefs carry it for support questions). Kept
 * as a constant because the build defines none; app-version.test.ts keeps it equal to
 * package.json's version so a release cannot forget it.
 */
export const APP_VERSION = '0.1.0';
