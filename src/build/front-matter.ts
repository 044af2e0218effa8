import { isMap, isScalar, LineCounter, type Node, parseDocument } from 'yaml';
import type { Problem, SourcePoint } from './content-error.ts';

/** The front-matter fields a Markdown story may have: the story's fields but its slug and body, and `draft`. */
export const FRONT_MATTER_FIELDS = [
  'section',
  'headline',
  'standfirst',
  'image',
  'related',
  'rank',
  'datePublished',
  'byline',
  'draft',
] as const;

export type FrontMatter = {
  data: Record<string, unknown>;
  /** Where a field (or a value inside one, by path) was written; the block's first line if it is missing. */
  locate: (path: readonly PropertyKey[]) => SourcePoint;
};

/**
 * Reads a story's YAML front matter (the text between the `---` lines; `firstLine` is the line
 * of the opening `---`). Every problem is reported with its line and column in the story file.
 */
export function readFrontMatter(yaml: string, firstLine: number, problems: Problem[]): FrontMatter | null {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const pointAt = (offset: number): SourcePoint => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: firstLine + line, column: col };
  };
  const start = { line: firstLine, column: 1 };
  for (const error of [...doc.errors, ...doc.warnings]) {
    problems.push({
      message: `the front matter is not valid YAML: ${error.message.split('\n')[0]}`,
      at: pointAt(error.pos[0]),
    });
  }
  if (doc.errors.length > 0) return null;
  if (!isMap(doc.contents)) {
    problems.push({ message: 'the front matter must be fields, one per line: `headline: …`', at: start });
    return null;
  }
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if ((FRONT_MATTER_FIELDS as readonly string[]).includes(key)) continue;
    const at = pointAt((pair.key as Node | null)?.range?.[0] ?? 0);
    problems.push({
      at,
      message:
        key === 'slug'
          ? 'the slug is the file name: remove `slug:` (rename the file to change it)'
          : key === 'body'
            ? 'the body is the Markdown after the front matter: remove `body:`'
            : `unknown front-matter field "${key}": the fields are ${FRONT_MATTER_FIELDS.join(', ')}`,
    });
  }
  return {
    data: doc.toJS() as Record<string, unknown>,
    locate(path) {
      const node = doc.getIn(path as unknown[], true) as Node | undefined;
      if (node?.range) return pointAt(node.range[0]);
      // A missing field, or a value inside a flow collection: point at its parent, else the block.
      return path.length > 1 ? this.locate(path.slice(0, -1)) : start;
    },
  };
}
