// `sitrep extract FILE|-`: one article's figures as readable JSON. The input is plain text or HTML,
// or a JSON object with "text"/"html" (and optional "lang", "published").
import { readFileSync } from 'node:fs';
import { extractFigures } from '../analysis/figures/index.js';
import { articleText, isLang } from '../analysis/analyzeArticle.js';
import { loadReporterTable } from '../config/reporters.js';

export async function extract(args: string[]): Promise<number> {
  const source = args[0];
  if (!source) {
    process.stderr.write('usage: sitrep extract FILE|-   (plain text, HTML, or a JSON object with "text")\n');
    return 2;
  }
  let raw: string;
  try {
    raw = source === '-' ? readFileSync(0, 'utf8') : readFileSync(source, 'utf8');
  } catch (err) {
    process.stderr.write(`sitrep extract: cannot read ${source}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}\n`);
    return 1;
  }
  let text = raw;
  let lang: string | undefined;
  let published: string | undefined;
  const trimmed = raw.trimStart();
  if (trimmed.startsWith('{')) {
    try {
      const obj = JSON.parse(raw) as Record<string, unknown>;
      text = articleText({ text: obj.text as string | undefined, html: obj.html as string | undefined });
      lang = typeof obj.lang === 'string' ? obj.lang : undefined;
      published = typeof obj.published === 'string' ? obj.published : undefined;
    } catch {
      // Not JSON after all: read it as text.
    }
  } else if (/^<|<\/(p|div|br|span)>/i.test(trimmed)) {
    text = articleText({ html: raw });
  }
  const figures = extractFigures(text, { lang: isLang(lang) ? lang : undefined, published, reporters: loadReporterTable() });
  process.stdout.write(JSON.stringify(figures, null, 2) + '\n');
  return 0;
}
