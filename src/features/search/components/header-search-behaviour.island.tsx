import { type RefObject, useEffect } from 'react';
import { useNavigate } from 'react-router';
import { usePrefetch } from '@/lib/prefetch';
import { SEARCH_PATH, searchPath } from '../search-path';

type Props = { form: RefObject<HTMLFormElement | null> };

/**
 * What the header's search form does once the reader turns to it (see header-search.tsx): it
 * starts loading the search page, and a submit opens that page inside the app instead of loading
 * it afresh. Renders nothing.
 */
export function HeaderSearchBehaviour({ form }: Props) {
  const navigate = useNavigate();
  const prefetch = usePrefetch();
  useEffect(() => {
    prefetch(SEARCH_PATH);
    const element = form.current;
    if (!element) return;
    const onSubmit = (event: SubmitEvent) => {
      event.preventDefault();
      const query = new FormData(element).get('q');
      navigate(searchPath(typeof query === 'string' ? query : ''));
      // The search page has its own field, filled with this query: one query on screen, not two.
      element.reset();
    };
    element.addEventListener('submit', onSubmit);
    return () => element.removeEventListener('submit', onSubmit);
  }, [form, navigate, prefetch]);
  return null;
}
