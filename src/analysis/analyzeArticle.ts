// The whole analysis of one article: text, language, figures, summary, story. Pure: no I/O.
import { htmlToText } from './text/htmlToText.js';
import { detectLanguage } from './text/language.js';
import { extractFigures } from './figures/index.js';
import { summarize } from './summary/summarize.js';
import { assignStory } from './stories/assignStory.js';
import type { ArticleAnalysis, Lang, Story } from './types.js';
import type { ReporterTable } from './figures/reporters.js';
import { LANGS } from './types.js';

export interface AnalyzeInput {
  id: string;
  title?: string;
  text?: string;
  html?: string;
  url?: string;
  outlet?: string | null;
  published?: string | null;
  lang?: string;
}

export interface AnalyzedArticle extends ArticleAnalysis {
  /** Plain text the figures and summary were read from. */
  text: string;
  storyRecord: Story;
  isNewStory: boolean;
}

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

export function articleText(input: Pick<AnalyzeInput, 'text' | 'html'>): string {
  if (typeof input.text === 'string' && input.text.trim() !== '') return input.text;
  if (typeof input.html === 'string') return htmlToText(input.html);
  return '';
}

export interface AnalyzeOptions {
  now?: string;
  /** The operator's reporter table (config/reporters.json read at start); default: the built-in one. */
  reporters?: ReporterTable;
}

export function analyzeArticle(input: AnalyzeInput, recentStories: Story[] = [], opts: AnalyzeOptions = {}): AnalyzedArticle {
  const text = articleText(input);
  const title = input.title?.trim() || undefined;
  const lang: Lang = isLang(input.lang) ? input.lang : detectLanguage(`${title ?? ''}\n${text}`);
  const published = input.published ?? undefined;
  // Headline figures count too (spec: "a headline number that differs from the body's is a figure");
  // duplicates of body figures are merged by the extractor's own refiner.
  const figureText = title && !text.startsWith(title) ? `${title}\n\n${text}` : text;
  const figures = extractFigures(figureText, { lang, published, reporters: opts.reporters });
  const summary = summarize({ title, text, lang });
  const { storyId, story, isNew } = assignStory(
    { id: input.id, title, text, lang, published, outlet: input.outlet ?? null, figures },
    recentStories,
    { now: opts.now ?? published },
  );
  return { lang, summary, figures, story: storyId, text, storyRecord: story, isNewStory: isNew };
}
