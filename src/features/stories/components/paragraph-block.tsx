import type { ParagraphBlock as ParagraphBlockData } from '../story-schema';
import { plainText, RichBlock } from './rich-block';
import styles from './story-body.module.css';

type Props = { block: ParagraphBlockData };

/** A paragraph: plain text at once; with emphasis, links or breaks, by the rich-text renderer. */
export function ParagraphBlock({ block }: Props) {
  const text = plainText(block.content);
  return text === null ? <RichBlock block={block} /> : <p className={styles.paragraph}>{text}</p>;
}
