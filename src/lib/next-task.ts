/** Resolves in a task of its own (a timer), so that long work split by it leaves the page room to answer in between. */
export const nextTask = (): Promise<void> => new Promise<void>((resolve) => setTimeout(resolve, 0));
