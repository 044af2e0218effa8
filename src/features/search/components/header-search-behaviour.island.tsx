import { type RefObject, useEffect } from 'react';
import { useNavigate } from 'react-router';
import { usePrefetch } from '@/lib/prefetch';
import { SEARCH_PATH, searchPath } from '../search-path';

type Props = { form: RefObject<HTMLFormElement | null> };

/**
 * What the header's search form does once the reader turns to it (see header-search.tsx): it
 * starts loading the search page while the reader is at the form, and a submit opens that page
 * inside the app instead of loading it afresh. Renders nothing.
 */
export function HeaderSearchBehaviour({ form }: Props) {
  const navigate = useNavigate();
  const prefetch = usePrefetch();
  useEffect(() => {
    const element = form.current;
    if (!element) return;
    // Whenever the reader turns to the form (this code came on such intent: it may be now).
    const intent = () => prefetch(SEARCH_PATH);
    if (element.matches(':hover, :focus-within')) intent();
    const onSubmit = (event: SubmitEvent) => {
      event.preventDefault();
      const query = new FormData(element).get('q');
      navigate(searchPath(typeof query === 'string' ? query : ''));
      // The search page has its own field, filled with this query: one query on screen, not two.
      element.reset();
    };
    element.addEventListener('submit', onSubmit);
    element.addEventListener('focusin', intent);
    element.addEventListener('pointerenter', intent);
    return () => {
      element.removeEventListener('submit', onSubmit);
      element.removeEventListener('focusin', intent);
      element.removeEventListener('pointerenter', intent);
    };
  }, [form, navigate, prefetch]);
  return null;
}
