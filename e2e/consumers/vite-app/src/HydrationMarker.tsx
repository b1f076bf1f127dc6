import { useEffect } from 'react';

/** Marks the document once React has hydrated it, so the browser tests know when to look. */
export function HydrationMarker() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true';
  }, []);
  return null;
}
