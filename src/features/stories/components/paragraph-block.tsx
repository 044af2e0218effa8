import type { Inline, ParagraphBlock as ParagraphBlockData } from '../story-schema';
import { RichBlockIsland } from './story-body';
import styles from './story-body.module.css';

type Props = { block: ParagraphBlockData };

/** The text of a paragraph that is one run of plain text; null when it has emphasis, links or breaks. */
const plainText = (content: readonly Inline[]) =>
  content.length === 1 && content[0]?.type === 'text' && !content[0].marks ? content[0].text : null;

/** A paragraph: plain text at once; with emphasis, links or breaks, by the rich-text renderer. */
export function ParagraphBlock({ block }: Props) {
  const text = plainText(block.content);
  return text === null ? <RichBlockIsland block={block} /> : <p className={styles.paragraph}>{text}</p>;
}
