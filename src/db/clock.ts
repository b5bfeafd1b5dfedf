// Repositories take the clock as a parameter so tests can pin timestamps; the app uses this.
export type Clock = () => string;

export const systemClock: Clock = () => new Date().toISOString();
