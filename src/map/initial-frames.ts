// While the map first loads, each of its ten base sources and each of their tiles asks for a
// frame of its own as it arrives: about sixteen frames in two seconds, each a full composite of
// the page. Where WebGL is software (SwiftShader here, and on machines without a usable GPU)
// every one of those costs the GPU process tens of milliseconds of processor time, taken from
// the workers reading the feed. Until the map is first idle, or the analyst moves it, frames are
// spaced out instead: tiles that arrive close together are drawn together.

/** What spaceOutFirstFrames uses of a MapLibre map. */
export interface RepaintingMap {
  triggerRepaint(): void;
  once(type: 'idle' | 'movestart', listener: () => void): unknown;
}

/**
 * Until `map` fires `idle` or `movestart`, a repaint asked for within `gapMs` of the last one
 * waits for the rest of the gap (asks in between are one repaint). Returns a function that
 * drops a waiting repaint, for the map's removal.
 */
export function spaceOutFirstFrames(map: RepaintingMap, gapMs: number, now: () => number = () => performance.now()): () => void {
  const repaint = map.triggerRepaint.bind(map);
  let last = -Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let ended = false;
  const paintNow = () => {
    timer = undefined;
    last = now();
    repaint();
  };
  map.triggerRepaint = () => {
    if (ended) return repaint();
    const wait = last + gapMs - now();
    if (wait <= 0) paintNow();
    else timer ??= setTimeout(paintNow, wait);
  };
  const end = () => {
    if (ended) return;
    ended = true;
    if (timer !== undefined) {
      clearTimeout(timer);
      timer = undefined;
      repaint();
    }
  };
  map.once('idle', end);
  map.once('movestart', end);
  return () => {
    ended = true;
    clearTimeout(timer);
  };
}
