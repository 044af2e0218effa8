import { Fragment } from 'react';
import { PrefetchLink } from '@/components/prefetch-link';
import { linkKind } from '../story-links';
import type { Inline, LinkNode, TextNode } from '../story-schema';
import styles from './inline-content.module.css';

type Props = { nodes: readonly Inline[] };

function marked({ text, marks }: TextNode): React.ReactNode {
  let content: React.ReactNode = text;
  if (marks?.includes('em')) content = <em>{content}</em>;
  if (marks?.includes('strong')) content = <strong>{content}</strong>;
  return content;
}

/**
 * A link from a story: another story opens in the app (loaded on intent, like every story link);
 * a link to another site opens normally and says so to screen readers; the rest are plain links.
 */
function InlineLink({ node }: { node: LinkNode }) {
  const text = <InlineContent nodes={node.children} />;
  const kind = linkKind(node.href);
  if (kind === 'story') return <PrefetchLink to={node.href}>{text}</PrefetchLink>;
  if (kind !== 'web') return <a href={node.href}>{text}</a>;
  return (
    <a href={node.href} rel="external noopener" className={styles.external}>
      {text}
      <span className="visually-hidden"> (external link)</span>
    </a>
  );
}

/** Text with its emphasis, links and line breaks, as React elements: never as HTML. */
export function InlineContent({ nodes }: Props) {
  return nodes.map((node, i) => {
    // Inline nodes have no ids and never reorder: the index is a stable key.
    switch (node.type) {
      case 'text':
        return <Fragment key={i}>{marked(node)}</Fragment>;
      case 'break':
        return <br key={i} />;
      case 'link':
        return <InlineLink key={i} node={node} />;
      default:
        return node satisfies never;
    }
  });
}
