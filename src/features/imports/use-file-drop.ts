import { useCallback, useRef, useState, type DragEvent } from 'react';
import { useImportQueue } from './import-store';

const hasFiles = (event: DragEvent) => [...event.dataTransfer.types].includes('Files');

/** Drag-and-drop import onto an element (the map). Only drags carrying files are taken. */
export function useFileDrop() {
  const [dragging, setDragging] = useState(false);
  const depth = useRef(0);
  const request = useImportQueue((state) => state.request);

  const onDragEnter = useCallback((event: DragEvent) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    depth.current++;
    setDragging(true);
  }, []);
  const onDragOver = useCallback((event: DragEvent) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, []);
  const onDragLeave = useCallback((event: DragEvent) => {
    if (!hasFiles(event)) return;
    depth.current = Math.max(0, depth.current - 1);
    if (depth.current === 0) setDragging(false);
  }, []);
  const onDrop = useCallback(
    (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth.current = 0;
      setDragging(false);
      const files = [...event.dataTransfer.files];
      if (files.length > 0) request(files);
    },
    [request],
  );
  return { dragging, handlers: { onDragEnter, onDragOver, onDragLeave, onDrop } };
}

