// The toll comparison as a monospace table for an embed description, plus summary lines.
// Returns strings only (no discord.js): the command turns them into an embed.
import type { Figure } from '../../analysis/types.js';
import { formatFigure, type TollComparison, type TollRow } from '../../analysis/stories/compareTolls.js';

export interface TollTableOptions {
  now?: Date;
  /** IANA time zone for absolute times; default UTC */
  timeZone?: string;
  /** BCP 47 locale of dates (a server's /settings date-language); default en-GB */
  locale?: string;
  storyTitle?: string;
  /** room for table and summary together (Discord's embed description: 4096) */
  maxChars?: number;
}

export interface RenderedTollTable {
  title: string;
  /** a monospace table inside a ``` code block */
  table: string;
  /** range, best estimate with its rule, and the notes */
  summaryLines: string[];
}

const KIND_TITLE = { killed: 'Killed', injured: 'Injured', displaced: 'Displaced' } as const;
const DESCRIPTION_LIMIT = 4096;
const MAX_NOTE = 300;
const MAX_SUMMARY = 1400;

/** "SOHR" for "Syrian Observatory for Human Rights", "SANA" for "Syrian state media (SANA)". */
export function shortReporter(name: string): string {
  const bracket = /\(([A-Z][A-Za-z]{1,9})\)\s*$/.exec(name);
  if (bracket && bracket[1] === bracket[1].toUpperCase()) return bracket[1];
  const plain = name.replace(/\s*\(.*\)\s*$/, '').trim();
  if (plain.length <= 14) return plain;
  const initials = plain
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
  return initials.length >= 3 ? initials : plain;
}

function cut(s: string, width: number): string {
  const chars = [...s];
  if (chars.length <= width) return s;
  return chars.slice(0, Math.max(1, width - 1)).join('') + '…';
}

function pad(s: string, width: number, right = false): string {
  const n = [...s].length;
  if (n >= width) return s;
  return right ? ' '.repeat(width - n) + s : s + ' '.repeat(width - n);
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

function zoned(t: number, timeZone: string, withTime: boolean, locale = 'en-GB'): string {
  const make = (tz: string) =>
    new Intl.DateTimeFormat(locale, {
      timeZone: tz,
      day: 'numeric',
      month: 'short',
      ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' as const } : {}),
    });
  let f: Intl.DateTimeFormat;
  try {
    f = make(timeZone);
  } catch {
    f = make('UTC');
  }
  const parts = Object.fromEntries(f.formatToParts(new Date(t)).map((p) => [p.type, p.value]));
  return withTime ? `${parts.day} ${parts.month} ${parts.hour}:${parts.minute}` : `${parts.day} ${parts.month}`;
}

function relative(t: number, now: number, dateOnly: boolean): string {
  const diff = now - t;
  const future = diff < 0;
  const abs = Math.abs(diff);
  const min = 60_000;
  const hour = 60 * min;
  const day = 24 * hour;
  let s: string;
  if (dateOnly) {
    const days = Math.floor((now - t) / day);
    if (days <= 0 && now >= t) return 'today';
    s = `${Math.abs(days)}d`;
  } else if (abs < min) return 'now';
  else if (abs < hour) s = `${Math.floor(abs / min)}m`;
  else if (abs < 48 * hour) s = `${Math.floor(abs / hour)}h`;
  else s = `${Math.floor(abs / day)}d`;
  return future ? `in ${s}` : `${s} ago`;
}

/** "3h ago 29 Nov 14:05"; a date alone: "2d ago 29 Nov"; no date: "–". */
export function formatPublished(published: string | null, now: Date, timeZone = 'UTC', locale = 'en-GB'): string {
  if (!published) return '–';
  const dateOnly = DATE_ONLY.test(published.trim());
  const t = Date.parse(dateOnly ? published.trim() + 'T00:00:00Z' : published);
  if (!Number.isFinite(t)) return cut(published, 16);
  const abs = dateOnly ? zoned(t, 'UTC', false, locale) : zoned(t, timeZone, true, locale);
  return `${relative(t, now.getTime(), dateOnly)} ${abs}`;
}

function cell(f: Figure | undefined, opts: { derived?: boolean; superseded?: boolean; who?: boolean } = {}): string {
  if (!f) return '–';
  let s = formatFigure(f).replace(/ families$/, ' fam.').replace(/ households$/, ' hh.');
  if (opts.who && f.who !== 'people') s += ` ${f.who.slice(0, 4)}.`;
  if (opts.derived) s += '*';
  if (opts.superseded) s += '†';
  return s;
}

interface Column { head: string; width: number; right?: boolean; get: (r: TollRow) => string }

export function renderTollTable(c: TollComparison, opts: TollTableOptions = {}): RenderedTollTable {
  const now = opts.now ?? new Date();
  const tz = opts.timeZone ?? 'UTC';
  const limit = opts.maxChars ?? DESCRIPTION_LIMIT;
  const kindTitle = KIND_TITLE[c.kind];
  const title = cut(opts.storyTitle ? `${kindTitle}: ${opts.storyTitle}` : `${kindTitle}: outlets compared`, 256);

  // ---- summary lines (made first: the table gets the room that is left)
  const summaryLines: string[] = [];
  const { low, high } = c.range;
  if (low && high) {
    const current = c.rows.filter((r) => !r.superseded && r.headline).length;
    const span = low === high || (low.count === high.count && low.qualifier === high.qualifier) ? formatFigure(low) : `${formatFigure(low)} to ${formatFigure(high)}`;
    summaryLines.push(`**Range:** ${span} ${c.kind} (current figures of ${current} report${current === 1 ? '' : 's'})`);
  } else {
    summaryLines.push(`No ${c.kind} figure reported for this story yet.`);
  }
  if (c.best) {
    const via = [c.best.reportedBy, c.best.outlet ? `via ${c.best.outlet}` : null].filter(Boolean).join(' ');
    summaryLines.push(cut(`**Best estimate:** ${formatFigure(c.best.figure)}${via ? ` (${via})` : ''}: ${c.best.rule}`, MAX_NOTE));
  }
  const legend: string[] = [];
  if (c.rows.some((r) => r.derivedFrom)) legend.push('* sum of parts');
  if (c.rows.some((r) => r.superseded)) legend.push('† superseded');
  const maxSummary = Math.min(MAX_SUMMARY, Math.floor(limit * 0.45));
  let used = summaryLines.reduce((n, l) => n + l.length + 1, 0) + (legend.length ? 40 : 0);
  const noteLines: string[] = [];
  for (const n of c.notes) {
    const line = cut(`• ${n}`, MAX_NOTE);
    if (used + line.length + 1 > maxSummary - 20) {
      noteLines.push(`• … ${c.notes.length - noteLines.length} more note${c.notes.length - noteLines.length === 1 ? '' : 's'}`);
      break;
    }
    noteLines.push(line);
    used += line.length + 1;
  }
  summaryLines.push(...noteLines);
  if (legend.length) summaryLines.push(`_${legend.join(' · ')}_`);

  // ---- table
  const cols: Column[] = [
    { head: 'Outlet', width: 14, get: (r) => r.outlet?.trim() || `#${r.articleId}` },
    { head: 'Published', width: 20, get: (r) => formatPublished(r.published, now, tz, opts.locale) },
    {
      head: 'Killed', width: 10, right: true,
      get: (r) => cell(r.killed, { derived: !!r.derivedFrom, superseded: c.kind === 'killed' && r.superseded, who: true }),
    },
    { head: 'Civil.', width: 7, right: true, get: (r) => cell(r.civilians) },
    { head: 'Injured', width: 8, right: true, get: (r) => cell(r.injured, { superseded: c.kind === 'injured' && r.superseded, who: true }) },
    { head: 'Displaced', width: 12, right: true, get: (r) => cell(r.displaced, { superseded: c.kind === 'displaced' && r.superseded }) },
    { head: 'Reporter', width: 18, get: (r) => (r.reporters.length ? r.reporters.map(shortReporter).join(', ') : '–') },
  ];
  // Columns no row fills say nothing (the selected kind's column always stays).
  const kindHead = { killed: 'Killed', injured: 'Injured', displaced: 'Displaced' }[c.kind];
  const shown = cols.filter((col) => col.head === kindHead || ['Outlet', 'Published', 'Reporter'].includes(col.head) || c.rows.some((r) => col.get(r) !== '–'));

  const line = (vals: string[]) =>
    shown
      .map((col, i) => pad(cut(vals[i], col.width), col.width, col.right))
      .join(' ')
      .trimEnd();
  const header = line(shown.map((col) => col.head));
  const rule = '─'.repeat([...header].length);
  const body = c.rows.map((r) => line(shown.map((col) => col.get(r))));

  const summaryLen = summaryLines.reduce((n, l) => n + l.length + 1, 0);
  const budget = limit - summaryLen;
  const wrap = (lines: string[]) => ['```', ...lines, '```'].join('\n');
  let rows = body;
  let table = wrap([header, rule, ...rows]);
  if (table.length > budget) {
    // keep the latest rows: drop the earliest, saying how many
    let keep = rows.length;
    const more = (n: number) => `+${n} more (earlier)`;
    while (keep > 0) {
      keep--;
      rows = body.slice(body.length - keep);
      table = wrap([header, rule, more(body.length - keep), ...rows]);
      if (table.length <= budget) break;
    }
  }
  if (c.rows.length === 0) table = wrap([header, rule, `(no report gives a ${c.kind} figure)`]);
  // a last guard for very small budgets: notes give way before the table does
  while (summaryLines.length > 1 && table.length + summaryLines.reduce((n, l) => n + l.length + 1, 0) > limit) summaryLines.pop();
  return { title, table, summaryLines };
}
