import type { ParagraphBlock as ParagraphBlockData } from '../story-schema';
import styles from './story-body.module.css';

type Props = { block: ParagraphBlockData };

export function ParagraphBlock({ block }: Props) {
  return <p className={styles.paragraph}>{block.text}</p>;
}
