import type {
  Blockquote,
  Heading,
  Image,
  List,
  Paragraph,
  PhrasingContent,
  RootContent,
  Node as UnistNode,
} from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { hrefProblem } from '../features/stories/story-links.ts';
import type { Problem, SourcePoint } from './content-error.ts';
import { readFrontMatter } from './front-matter.ts';

/*
 * Markdown → story blocks (the mapping is documented in the README). The parser knows tables,
 * footnotes, strikethrough and task lists (GFM) only so that it can refuse them by name; bare
 * URLs stay text. Anything without a place in the story schema is a problem reported with its
 * line and column and what to write instead, never dropped or passed through.
 */

type Mark = 'em' | 'strong';
type Inline =
  | { type: 'text'; text: string; marks?: Mark[] }
  | { type: 'break' }
  | { type: 'link'; href: string; children: Inline[] };
type Block = Record<string, unknown> & { type: string };

export type CompiledStory = {
  /** The story as a story JSON file would hold it, without its slug. */
  input: Record<string, unknown>;
  draft: boolean;
  /** Where a value was written, by its path in `input` (as a schema issue names it). */
  locate: (path: readonly PropertyKey[]) => SourcePoint | undefined;
};

const RAW_HTML = 'raw HTML is not allowed: write the text, or use *emphasis*, **strong** or [links](https://…)';

const UNSUPPORTED: Record<string, string> = {
  html: RAW_HTML,
  table: 'tables are not supported: write the figures as a list, or as sentences',
  footnoteDefinition: 'footnotes are not supported: put the note in the text, in brackets',
  footnoteReference: 'footnotes are not supported: put the note in the text, in brackets',
  code: 'code blocks are not supported: write the text as a paragraph (an indented line is a code block: remove the indent)',
  inlineCode: 'inline code (`…`) is not supported: write the text plainly',
  delete: 'strikethrough (~~…~~) is not supported: remove the text, or say in words what changed',
  definition: 'link definitions ([name]: url) are not supported: write each link inline, [text](https://…)',
  linkReference: 'reference links ([text][name]) are not supported: write the link inline, [text](https://…)',
  imageReference: 'reference pictures (![alt][name]) are not supported: write ![alt text](./picture.jpg)',
  image:
    'a picture stands in a paragraph of its own: put ![alt text](./picture.jpg) on its own line, with blank lines around it',
};

const CREDIT = /^\s*\{\s*credit\s*=\s*["“]([^"”]*)["”]\s*\}\s*$/;
const ATTRIBUTION = /^[ \t]*(?:—|–|--)[ \t]*(\S.*)$/;
const QUOTATION_MARKS = /["“”«»„]/;

const pointOf = (node: UnistNode): SourcePoint =>
  node.position ? { line: node.position.start.line, column: node.position.start.column } : { line: 1, column: 1 };

/** Compiles a Markdown story (front matter and body). Problems are collected, not thrown: the caller reports them all. */
export function compileMarkdown(source: string, problems: Problem[]): CompiledStory {
  const tree = fromMarkdown(source, {
    extensions: [frontmatter(['yaml']), gfmTable(), gfmFootnote(), gfmStrikethrough(), gfmTaskListItem()],
    mdastExtensions: [
      frontmatterFromMarkdown(['yaml']),
      gfmTableFromMarkdown(),
      gfmFootnoteFromMarkdown(),
      gfmStrikethroughFromMarkdown(),
      gfmTaskListItemFromMarkdown(),
    ],
  });
  const where = new WeakMap<object, SourcePoint>();
  const problem = (node: UnistNode, message: string) => problems.push({ message, at: pointOf(node) });
  const unsupported = (node: UnistNode) =>
    problem(node, UNSUPPORTED[node.type] ?? `${node.type} is not supported in a story: write paragraphs of text`);

  function inlines(nodes: readonly PhrasingContent[], marks: readonly Mark[] = []): Inline[] {
    const out: Inline[] = [];
    for (const node of nodes) {
      switch (node.type) {
        case 'text': {
          // A line break in the source is a space in the paragraph; a hard break (two spaces, `\`) is a break.
          const text = node.value.replace(/[ \t]*\r?\n[ \t]*/g, ' ');
          const last = out.at(-1);
          if (last?.type === 'text' && String(last.marks) === String(marks.length ? marks : undefined)) {
            last.text += text;
          } else if (text) {
            out.push({ type: 'text', text, ...(marks.length ? { marks: [...marks] } : {}) });
          }
          break;
        }
        case 'emphasis':
        case 'strong': {
          const mark: Mark = node.type === 'emphasis' ? 'em' : 'strong';
          const inner = [...new Set<Mark>([...marks, mark])].sort();
          for (const child of inlines(node.children, inner)) {
            const last = out.at(-1);
            if (child.type === 'text' && last?.type === 'text' && String(last.marks) === String(child.marks)) {
              last.text += child.text;
            } else out.push(child);
          }
          break;
        }
        case 'break':
          out.push({ type: 'break' });
          break;
        case 'link': {
          const issue = hrefProblem(node.url);
          if (issue) problem(node, `link to "${node.url}": ${issue}`);
          if (node.title) problem(node, 'link titles ([text](url "title")) are not supported: remove the "title"');
          const children = inlines(node.children, marks);
          if (children.some((child) => child.type === 'link')) problem(node, 'a link cannot hold another link');
          const link = { type: 'link' as const, href: node.url, children };
          where.set(link, pointOf(node));
          out.push(link);
          break;
        }
        default:
          unsupported(node);
      }
    }
    return out;
  }

  /** Inline content of a paragraph, trimmed at its ends like the paragraph it is. */
  function paragraphContent(paragraph: Paragraph): Inline[] {
    const content = inlines(paragraph.children);
    const first = content[0];
    if (first?.type === 'text') first.text = first.text.trimStart();
    const last = content.at(-1);
    if (last?.type === 'text') last.text = last.text.trimEnd();
    return content.filter((node) => node.type !== 'text' || node.text !== '');
  }

  function picture(paragraph: Paragraph, image: Image): Block {
    const rest = paragraph.children.slice(1);
    const trailing = rest.map((node) => (node.type === 'text' ? node.value : '\u0000')).join('');
    const credit = CREDIT.exec(trailing)?.[1]?.trim();
    if (trailing.trim() && credit === undefined) {
      problem(
        rest[0] ?? paragraph,
        'only a credit may follow a picture on its line: ![alt](./picture.jpg "Caption"){credit="Name"}',
      );
    }
    if (!image.alt?.trim()) {
      problem(
        image,
        'a picture needs alt text that says what it shows: ![A crowd at the border crossing](./picture.jpg)',
      );
    }
    const block: Block = {
      type: 'image',
      src: image.url,
      alt: image.alt?.trim() ?? '',
      ...(image.title?.trim() ? { caption: image.title.trim() } : {}),
      ...(credit ? { credit } : {}),
    };
    where.set(block, pointOf(image));
    return block;
  }

  function quote(node: Blockquote): Block {
    const paragraphs = node.children.filter((child): child is Paragraph => child.type === 'paragraph');
    for (const child of node.children) {
      if (child.type !== 'paragraph')
        problem(child, 'a quote holds paragraphs of text only, then its "— Name, role" line');
    }
    // The attribution is the quote's last line when it starts with a dash: `> — Name, role`.
    let attribution: string | undefined;
    const last = paragraphs.at(-1);
    const tail = last?.children.at(-1);
    if (last && tail?.type === 'text') {
      const lines = tail.value.split('\n');
      const match = ATTRIBUTION.exec(lines.at(-1) ?? '');
      const ownLine = lines.length > 1 || last.children.length === 1 || last.children.at(-2)?.type === 'break';
      if (match?.[1] && ownLine) {
        attribution = match[1].trim();
        tail.value = lines.slice(0, -1).join('\n');
        if (last.children.at(-2)?.type === 'break' && lines.length === 1) last.children.splice(-2, 1);
        if (tail.value === '') last.children.pop();
        if (last.children.length === 0) paragraphs.pop();
      }
    }
    if (paragraphs.length === 0) problem(node, 'a quote needs the quoted text before its "— Name, role" line');
    return { type: 'quote', paragraphs: paragraphs.map(paragraphContent), ...(attribution ? { attribution } : {}) };
  }

  function list(node: List): Block {
    const items = node.children.map((item) => {
      if (item.checked !== null && item.checked !== undefined) {
        problem(item, 'task lists ([ ] / [x]) are not supported: write a plain list item');
      }
      const [only, ...more] = item.children;
      if (only?.type !== 'paragraph' || more.length > 0) {
        problem(
          more[0] ?? only ?? item,
          'a list item is one paragraph of text: nested lists, quotes, pictures and second paragraphs are not supported in a list',
        );
        return [];
      }
      return paragraphContent(only);
    });
    const start = node.ordered && typeof node.start === 'number' && node.start !== 1 ? { start: node.start } : {};
    return { type: 'list', ordered: node.ordered === true, ...start, items };
  }

  function block(node: RootContent): Block | null {
    switch (node.type) {
      case 'paragraph': {
        const image = node.children.find((child): child is Image => child.type === 'image');
        if (image && node.children[0] === image) return picture(node, image);
        return { type: 'paragraph', content: paragraphContent(node) };
      }
      case 'blockquote':
        return quote(node);
      case 'list':
        return list(node);
      case 'thematicBreak':
        return { type: 'divider' };
      default:
        unsupported(node);
        return null;
    }
  }

  function subsection(node: Heading): Block & { blocks: Block[] } {
    if (node.depth !== 2) {
      problem(
        node,
        node.depth === 1
          ? 'the headline is `headline:` in the front matter: open a subsection with ## instead of #'
          : `only ## headings are supported (they open a subsection): write ## instead of ${'#'.repeat(node.depth)}`,
      );
    }
    if (node.children.some((child) => child.type !== 'text')) {
      problem(node, 'a ## heading is plain text: remove the emphasis, link or markup from it');
    }
    const heading = node.children
      .map((child) => (child.type === 'text' ? child.value : ''))
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
    // A heading written as a quotation is a pull quote (the subsections of the first stories); any other is a subheading.
    return { type: 'subsection', heading, ...(QUOTATION_MARKS.test(heading) ? {} : { style: 'subhead' }), blocks: [] };
  }

  // Front matter first: a story file starts with it.
  const [head, ...rest] = tree.children;
  let data: Record<string, unknown> = {};
  let locateField: (path: readonly PropertyKey[]) => SourcePoint = () => ({ line: 1, column: 1 });
  if (head?.type === 'yaml') {
    const front = readFrontMatter(head.value, pointOf(head).line, problems);
    if (front) {
      data = front.data;
      locateField = front.locate;
    }
  } else {
    problems.push({
      message: 'a Markdown story starts with its front matter: a line `---`, the fields (`headline: …`), and `---`',
      at: { line: 1, column: 1 },
    });
  }

  const body: Block[] = [];
  let open: (Block & { blocks: Block[] }) | null = null;
  const opened: [Block & { blocks: Block[] }, Heading][] = [];
  for (const node of rest) {
    if (node.type === 'heading') {
      open = subsection(node);
      opened.push([open, node]);
      where.set(open, pointOf(node));
      body.push(open);
      continue;
    }
    const compiled = block(node);
    if (!compiled) continue;
    if (!where.has(compiled)) where.set(compiled, pointOf(node));
    (open ? open.blocks : body).push(compiled);
  }
  for (const [section, node] of opened) {
    if (section.blocks.length === 0) problem(node, 'a ## heading opens a subsection: write its text under it');
  }

  const { draft, ...fields } = data;
  if (draft !== undefined && typeof draft !== 'boolean') {
    problems.push({ message: 'draft is `true` or `false`', at: locateField(['draft']) });
  }
  const input = { ...fields, body };
  return {
    input,
    draft: draft === true,
    locate(path) {
      if (path[0] !== 'body') return locateField(path);
      // The deepest compiled node on the path that knows where it was written.
      let value: unknown = input;
      let found: SourcePoint | undefined;
      for (const key of path) {
        if (value === null || typeof value !== 'object') break;
        value = (value as Record<PropertyKey, unknown>)[key];
        if (value !== null && typeof value === 'object') found = where.get(value) ?? found;
      }
      return found;
    },
  };
}
