import type { SubsectionBlock as SubsectionBlockData } from '../story-schema';
import { ParagraphBlock } from './paragraph-block';
import styles from './story-body.module.css';

type Props = { block: SubsectionBlockData };

/** A subsection of the story, opened by its quote heading: a real h2, styled as a pull quote. */
export function SubsectionBlock({ block }: Props) {
  return (
    <section className={styles.subsection} aria-label={block.heading}>
      <h2 className={styles.pullQuote}>{block.heading}</h2>
      {block.blocks.map((child, i) => (
        // Blocks have no ids and never reorder: the index is a stable key.
        <ParagraphBlock key={i} block={child} />
      ))}
    </section>
  );
}
