import { useEffect } from 'react';
import { useLibraryCache } from './library-cache';

/** The library's review rows, loading them on first use. */
export function useLibraryRows() {
  const rows = useLibraryCache((s) => s.rows);
  const status = useLibraryCache((s) => s.status);
  const total = useLibraryCache((s) => s.total);
  useEffect(() => useLibraryCache.getState().ensureLoaded(), []);
  return { rows, status, total };
}
