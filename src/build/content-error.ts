/** Where something was written in a story file: 1-based line and column. */
export type SourcePoint = { line: number; column: number };

/** One thing wrong with a story file, and where (when the format says where: Markdown, YAML, JSON syntax). */
export type Problem = { message: string; at?: SourcePoint };

/**
 * Thrown when a story file is malformed. The message names the file, and for each problem the
 * line and column where the format allows (`file:line:column: …`) and what to write instead.
 * `loc` and `frame` are what Vite's error overlay shows in `npm run dev`.
 */
export class ContentError extends Error {
  override name = 'ContentError';
  loc?: { file: string; line: number; column: number };
  frame?: string;

  constructor(message: string, options: { file?: string; at?: SourcePoint; source?: string } = {}) {
    super(message);
    const { file, at, source } = options;
    if (file && at) {
      this.loc = { file, ...at };
      if (source !== undefined) this.frame = codeFrame(source, at);
    }
  }
}

/** The lines around a point with a caret under it, as a compiler shows them. */
export function codeFrame(source: string, at: SourcePoint): string {
  const lines = source.split(/\r?\n/);
  const first = Math.max(1, at.line - 2);
  const last = Math.min(lines.length, at.line + 2);
  const width = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    out.push(`${n === at.line ? '>' : ' '} ${String(n).padStart(width)} | ${lines[n - 1] ?? ''}`);
    if (n === at.line) out.push(`  ${' '.repeat(width)} | ${' '.repeat(Math.max(0, at.column - 1))}^`);
  }
  return out.join('\n');
}

/** `file:line:column: message`, or `file: message` when there is no position. */
export function describeProblem(file: string, problem: Problem): string {
  return problem.at
    ? `${file}:${problem.at.line}:${problem.at.column}: ${problem.message}`
    : `${file}: ${problem.message}`;
}

/** One error for every problem of a file, so an editor fixes them all in one go. */
export function problemsError(file: string, problems: readonly Problem[], source?: string): ContentError {
  const first = problems.find((problem) => problem.at);
  // The file is in the first line; a problem with a position names it again as file:line:column (editors link that).
  const lines = problems.map((problem) => `  - ${problem.at ? describeProblem(file, problem) : problem.message}`);
  return new ContentError(`Story file ${file} is invalid:\n${lines.join('\n')}`, {
    file,
    ...(first?.at ? { at: first.at } : {}),
    ...(source === undefined ? {} : { source }),
  });
}
