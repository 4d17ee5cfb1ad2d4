import { useLayoutEffect, useState } from 'preact/hooks';

/**
 * Becomes true once the frame after `ready` turned true has begun, and marks `counterclaim:report-shown` at
 * that frame: the popup paints its summary first and renders the long quote list after, so the reader sees
 * the page's count without waiting for the whole list.
 */
export function useFirstFrame(ready: boolean): boolean {
  const [framed, setFramed] = useState(false);
  useLayoutEffect(() => {
    if (!ready || framed) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      performance.mark('counterclaim:report-shown');
      // After this frame is painted, not within it: the list must not join the frame it is meant to follow.
      timer = setTimeout(() => setFramed(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [ready, framed]);
  return framed;
}
