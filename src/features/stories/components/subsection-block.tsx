import type { SubsectionBlock as SubsectionBlockData } from '../story-schema';
import styles from './story-body.module.css';

type Props = {
  block: SubsectionBlockData;
  /** The subsection's blocks, rendered by the story body's block renderer. */
  children: React.ReactNode;
};

/**
 * A subsection of the story, opened by its heading: a real h2, styled as a pull quote when it is
 * written as a quotation, else as a plain subheading.
 */
export function SubsectionBlock({ block, children }: Props) {
  return (
    <section className={styles.subsection} aria-label={block.heading}>
      <h2 className={block.style === 'subhead' ? styles.subhead : styles.pullQuote}>{block.heading}</h2>
      {children}
    </section>
  );
}
