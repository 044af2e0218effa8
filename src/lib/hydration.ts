import { useSyncExternalStore } from 'react';

const never = () => () => {};

/**
 * False in the prerendered HTML and while hydrating, true once this part of the page runs in the
 * browser. Controls that do nothing until then render disabled: honest to the reader (and to
 * automation, which waits for a control to be enabled before it clicks).
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
