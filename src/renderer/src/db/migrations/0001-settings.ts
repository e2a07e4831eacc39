import type { Dexie } from 'dexie';

/** v1: user preferences (locale, theme, …) as key/value rows. */
export function migration0001(db: Dexie): void {
  db.version(1).stores({ settings: 'key' });
}
