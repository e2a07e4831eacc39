/**
 * The review workspace's keyboard map, as a pure function of the key event, so it can be
 * tested and shown in the help overlay from one place.
 */
export type ShortcutAction =
  | 'next'
  | 'previous'
  | 'accept'
  | 'exclude'
  | 'edit'
  | 'nextField'
  | 'previousField'
  | 'tag'
  | 'toggleSelect'
  | 'search'
  | 'undo'
  | 'redo'
  | 'help';

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

export function shortcutFor(event: KeyLike): ShortcutAction | null {
  if (event.altKey) return null;
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  if (mod) {
    if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
    if (key === 'y' && !event.shiftKey) return 'redo';
    return null;
  }
  switch (key) {
    case 'j':
    case 'ArrowDown':
      return 'next';
    case 'k':
    case 'ArrowUp':
      return 'previous';
    case 'Enter':
      return 'accept';
    case 'x':
      return 'exclude';
    case 'e':
      return 'edit';
    case ']':
      return 'nextField';
    case '[':
      return 'previousField';
    case 't':
      return 'tag';
    case ' ':
      return 'toggleSelect';
    case '/':
      return 'search';
    case '?':
      return 'help';
    default:
      return null;
  }
}

/** The help overlay's rows: keys as shown, and the message key of what they do. */
export const SHORTCUT_HELP: { keys: string[]; label: string }[] = [
  { keys: ['j', '↓'], label: 'review.help.next' },
  { keys: ['k', '↑'], label: 'review.help.previous' },
  { keys: ['Enter'], label: 'review.help.accept' },
  { keys: ['x'], label: 'review.help.exclude' },
  { keys: ['e'], label: 'review.help.edit' },
  { keys: [']', '['], label: 'review.help.nextField' },
  { keys: ['t'], label: 'review.help.tag' },
  { keys: ['Space'], label: 'review.help.select' },
  { keys: ['/'], label: 'review.help.search' },
  { keys: ['Ctrl/⌘', 'Z'], label: 'review.help.undo' },
  { keys: ['Ctrl/⌘', 'Shift', 'Z'], label: 'review.help.redo' },
  { keys: ['Esc'], label: 'review.help.leave' },
  { keys: ['?'], label: 'review.help.help' },
];
