// `sitrep analyze`: JSON lines in, one JSON line out per input line, in order. A bad line gets an
// error line and the rest go on. Articles of one run are grouped into stories with each other.
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { analyzeArticle } from '../analysis/analyzeArticle.js';
import type { Story } from '../analysis/types.js';
import type { ReporterTable } from '../analysis/figures/reporters.js';
import { loadReporterTable } from '../config/reporters.js';

export async function analyze(input: Readable, output: Writable, reporters: ReporterTable | undefined = loadReporterTable()): Promise<number> {
  const stories: Story[] = [];
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  for await (const line of lines) {
    lineNo++;
    if (!line.trim()) continue;
    output.write(JSON.stringify(analyzeLine(line, lineNo, stories, reporters)) + '\n');
  }
  return 0;
}

export function analyzeLine(line: string, lineNo: number, stories: Story[], reporters?: ReporterTable): Record<string, unknown> {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (err) {
    return { id: null, error: `line ${lineNo}: not JSON (${(err as Error).message})` };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { id: null, error: `line ${lineNo}: expected a JSON object` };
  const a = raw as Record<string, unknown>;
  const id = a.id === undefined || a.id === null ? null : String(a.id);
  const str = (k: string) => (typeof a[k] === 'string' ? (a[k] as string) : undefined);
  if (id === null) return { id, error: `line ${lineNo}: missing "id"` };
  if (str('text') === undefined && str('html') === undefined) return { id, error: `line ${lineNo}: needs "text" or "html" (a string)` };
  try {
    const result = analyzeArticle(
      { id, text: str('text'), html: str('html'), title: str('title'), url: str('url'), outlet: str('outlet'), published: str('published'), lang: str('lang') },
      stories,
      { reporters },
    );
    const i = stories.findIndex((s) => s.id === result.storyRecord.id);
    if (i >= 0) stories[i] = result.storyRecord;
    else stories.push(result.storyRecord);
    return { id, lang: result.lang, story: result.story, summary: result.summary, figures: result.figures };
  } catch (err) {
    return { id, error: `analysis failed: ${(err as Error).message}` };
  }
}
