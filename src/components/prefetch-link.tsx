import { usePrefetch } from '@/lib/prefetch';
import { Link } from './link';

type Props = {
  to: string;
  children: React.ReactNode;
  className?: string;
};

/**
 * A link that starts loading its page as soon as the reader shows intent (hover, focus, touch),
 * so that the click itself can paint the next page without waiting for the network.
 */
export function PrefetchLink({ to, children, className }: Props) {
  const prefetch = usePrefetch();
  const onIntent = () => prefetch(to);
  return (
    <Link to={to} className={className} onMouseEnter={onIntent} onFocus={onIntent} onTouchStart={onIntent}>
      {children}
    </Link>
  );
}
