import type { ListBlock as ListBlockData } from '../story-schema';
import { InlineContent } from './inline-content';
import styles from './list-block.module.css';

type Props = { block: ListBlockData };

export function ListBlock({ block }: Props) {
  const items = block.items.map((item, i) => (
    <li key={i}>
      <InlineContent nodes={item} />
    </li>
  ));
  return block.ordered ? (
    <ol className={styles.list} start={block.start}>
      {items}
    </ol>
  ) : (
    <ul className={styles.list}>{items}</ul>
  );
}
