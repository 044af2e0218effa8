import { type RefObject, useEffect } from 'react';

/** Fields a key press types into: `/` is then a character, not a shortcut. */
const TYPED_IN =
  'textarea, select, [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"], input:not([type=button], [type=checkbox], [type=color], [type=file], [type=image], [type=radio], [type=range], [type=reset], [type=submit])';

/** True when a key press goes into a field. */
export const isTyping = (target: EventTarget | null): boolean => target instanceof Element && target.matches(TYPED_IN);

/**
 * `/` focuses search, as on many sites, unless the reader is typing in a field (or holds a
 * modifier): the search page's own field there (the one with the results), else `field`.
 */
export function useSearchShortcut(field: RefObject<HTMLInputElement | null>): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target)) return;
      const target = document.querySelector('main input[type="search"]') ?? field.current;
      if (!(target instanceof HTMLInputElement)) return;
      event.preventDefault();
      target.focus();
      target.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [field]);
}
