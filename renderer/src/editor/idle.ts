/**
 * Work that can wait for the browser to be idle: after the frame being drawn, so that a keystroke
 * is painted first, yet never later than `timeoutMs`. Where there is no requestIdleCallback (Node,
 * the unit tests), the task runs on the next turn of the event loop.
 */
export function whenIdle(task: () => void, timeoutMs: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(() => task(), { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(task, 0);
  return () => clearTimeout(handle);
}
