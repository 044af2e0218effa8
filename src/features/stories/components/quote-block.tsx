import type { QuoteBlock as QuoteBlockData } from '../story-schema';
import { InlineContent } from './inline-content';
import styles from './quote-block.module.css';

type Props = { block: QuoteBlockData };

/** A quoted statement, with who said it underneath. */
export function QuoteBlock({ block }: Props) {
  return (
    <figure className={styles.quote}>
      <blockquote className={styles.text}>
        {block.paragraphs.map((paragraph, i) => (
          <p key={i}>
            <InlineContent nodes={paragraph} />
          </p>
        ))}
      </blockquote>
      {block.attribution ? <figcaption className={styles.attribution}>— {block.attribution}</figcaption> : null}
    </figure>
  );
}
