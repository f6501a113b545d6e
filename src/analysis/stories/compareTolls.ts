// The death toll of one story as each outlet reported it, side by side, with the notes a careful
// reader would make: a reporter's toll superseded by its own later one, a total against its parts,
// how many independent reporters stand behind the outlets, different periods, background totals.
// Pure: no I/O, no Discord.
import type { Figure, Qualifier } from '../types.js';

export interface TollReport {
  articleId: string;
  outlet: string | null;
  title?: string;
  url?: string | null;
  /** ISO (a date alone means "some time that day") */
  published: string | null;
  figures: Figure[];
}

export type TollKind = 'killed' | 'injured' | 'displaced';

export interface TollRow {
  articleId: string;
  outlet: string | null;
  published: string | null;
  url: string | null;
  title?: string;
  killed?: Figure;
  civilians?: Figure;
  injured?: Figure;
  displaced?: Figure;
  /** the figure of the selected kind shown as the row's headline */
  headline?: Figure;
  /** set when the killed figure is a sum of the parts the article gives (it gives no total) */
  derivedFrom?: Figure[];
  reporters: string[];
  superseded?: boolean;
  /** the row whose figure superseded this one */
  supersededBy?: string;
}

export interface TollComparison {
  kind: TollKind;
  /** by published time, undated last */
  rows: TollRow[];
  /** lowest and highest current event-scope headline figures of the kind */
  range: { low: Figure | null; high: Figure | null };
  best: { figure: Figure; rule: string; reportedBy: string | null; outlet: string | null } | null;
  notes: string[];
  /** distinct outlets among the rows */
  outlets: number;
  /** the independent reporters behind the rows' headline figures, most cited first */
  primarySources: string[];
  /** running totals over a long period (scope background): kept out of the comparison */
  background: Figure[];
}

// ---- formatting ------------------------------------------------------------------------------

const HEDGE: Record<Qualifier, string> = { exact: '', at_least: '≥', more_than: '>', about: '~', nearly: '<', up_to: '≤' };

function groupDigits(n: number): string {
  const s = String(Math.round(Math.abs(n)));
  const out = s.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return n < 0 ? '-' + out : out;
}

/** "≥242", ">14,000", "~50", "<7,000" (nearly), "≤30" (up to), "30–40", "7,000 families". */
export function formatFigure(f: Pick<Figure, 'count' | 'upper' | 'qualifier' | 'unit'>): string {
  const hedge = HEDGE[f.qualifier] ?? '';
  const n = f.upper != null && f.upper !== f.count ? `${groupDigits(f.count)}–${groupDigits(f.upper)}` : groupDigits(f.count);
  const unit = f.unit && f.unit !== 'people' ? ` ${f.unit}` : '';
  return `${hedge}${n}${unit}`;
}

// ---- reporters -------------------------------------------------------------------------------

/** A loose key: lower case, no brackets or punctuation. */
export function reporterKey(name: string | null | undefined): string | null {
  if (!name) return null;
  const k = name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/^the /, '')
    .trim();
  return k || null;
}

/** Groups reporter names that are one reporter: equal keys, or one key containing the other. */
class Reporters {
  private keys: string[] = [];
  private names = new Map<string, Map<string, number>>();
  canon(name: string | null | undefined): string | null {
    const k = reporterKey(name);
    if (!k || !name) return null;
    let found = this.keys.find((x) => x === k) ?? this.keys.find((x) => (x.length >= 4 && k.includes(x)) || (k.length >= 4 && x.includes(k)));
    if (!found) {
      this.keys.push(k);
      found = k;
    }
    const m = this.names.get(found) ?? new Map<string, number>();
    m.set(name, (m.get(name) ?? 0) + 1);
    this.names.set(found, m);
    return found;
  }
  /** The spelling used most (the longest on ties). */
  display(key: string): string {
    const m = this.names.get(key);
    if (!m) return key;
    return [...m.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0][0];
  }
}

// ---- time ------------------------------------------------------------------------------------

interface Span { from: number; to: number }

/** A date alone is the whole of that day (UTC); a date-time is a point; anything else unknown. */
function spanOf(published: string | null): Span | null {
  if (!published) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(published.trim())) {
    const t = Date.parse(published.trim() + 'T00:00:00Z');
    return Number.isFinite(t) ? { from: t, to: t + 86_400_000 - 1 } : null;
  }
  const t = Date.parse(published);
  if (!Number.isFinite(t)) return null;
  // Feeds and CMSs write a date without a time as midnight UTC: read it as the whole day.
  if (t % 86_400_000 === 0) return { from: t, to: t + 86_400_000 - 1 };
  return { from: t, to: t };
}

const strictlyLater = (a: Span, b: Span) => a.from > b.to;

// ---- per-article headline --------------------------------------------------------------------

const isEvent = (f: Figure) => (f.scope ?? 'event') !== 'background';

function largest(figs: Figure[]): Figure | undefined {
  return [...figs].sort((a, b) => (b.upper ?? b.count) - (a.upper ?? a.count) || b.count - a.count)[0];
}

function sumQualifier(parts: Figure[]): Qualifier {
  const qs = new Set(parts.map((p) => p.qualifier));
  if (qs.size === 1) {
    const q = parts[0].qualifier;
    return q === 'more_than' && parts.length > 1 ? 'at_least' : q;
  }
  if ([...qs].every((q) => q === 'exact' || q === 'at_least' || q === 'more_than')) return 'at_least';
  if ([...qs].every((q) => q === 'exact' || q === 'nearly' || q === 'up_to')) return qs.has('up_to') ? 'up_to' : 'nearly';
  return 'about';
}

function sumFigures(parts: Figure[], kind: Figure['kind']): Figure {
  const count = parts.reduce((s, p) => s + p.count, 0);
  const anyUpper = parts.some((p) => p.upper != null);
  const reporters = [...new Set(parts.map((p) => p.reporter).filter(Boolean))];
  return {
    kind,
    count,
    upper: anyUpper ? parts.reduce((s, p) => s + (p.upper ?? p.count), 0) : null,
    qualifier: sumQualifier(parts),
    who: 'people',
    party: null,
    unit: 'people',
    reporter: reporters.length === 1 ? reporters[0]! : null,
    scope: 'event',
    evidence: `${parts.map((p) => `${formatFigure(p)} ${p.who}`).join(' + ')} (sum of parts)`,
  };
}

/**
 * The killed headline of one article: its largest people total; else a total derived from its
 * parts (combatants + civilians from one reporter, the most cited reporter first); else its
 * largest killed figure of any group.
 */
function killedHeadline(figs: Figure[], reporters: Reporters, citeCount: Map<string, number>): { figure?: Figure; parts?: Figure[] } {
  const killed = figs.filter((f) => f.kind === 'killed' && isEvent(f));
  if (killed.length === 0) return {};
  const totals = killed.filter((f) => f.who === 'people' && (f.unit ?? 'people') === 'people');
  if (totals.length) return { figure: largest(totals) };
  const byReporter = new Map<string, Figure[]>();
  for (const f of killed) {
    const k = reporters.canon(f.reporter) ?? '';
    byReporter.set(k, [...(byReporter.get(k) ?? []), f]);
  }
  const candidates: { parts: Figure[]; rep: string }[] = [];
  for (const [rep, list] of byReporter) {
    const civ = largest(list.filter((f) => f.who === 'civilians'));
    const comb = list.filter((f) => f.who === 'combatants');
    let combPart = largest(comb.filter((f) => !f.party));
    if (!combPart) {
      // no overall combatant count: the sides' counts add up when each side is named once
      const byParty = new Map<string, Figure>();
      for (const f of comb) {
        const p = (f.party ?? '').toLowerCase();
        const prev = byParty.get(p);
        if (!prev || f.count > prev.count) byParty.set(p, f);
      }
      if (byParty.size > 1) combPart = sumFigures([...byParty.values()], 'killed');
      else combPart = [...byParty.values()][0];
      if (combPart) combPart = { ...combPart, who: 'combatants' };
    }
    if (civ && combPart) candidates.push({ parts: [combPart, civ], rep });
  }
  if (candidates.length) {
    candidates.sort((a, b) => (citeCount.get(b.rep) ?? 0) - (citeCount.get(a.rep) ?? 0) || sumFigures(b.parts, 'killed').count - sumFigures(a.parts, 'killed').count);
    const parts = candidates[0].parts;
    return { figure: sumFigures(parts, 'killed'), parts };
  }
  return { figure: largest(killed) };
}

function kindHeadline(figs: Figure[], kind: 'injured' | 'displaced'): Figure | undefined {
  const of = figs.filter((f) => f.kind === kind && isEvent(f));
  const people = of.filter((f) => f.who === 'people' && (f.unit ?? 'people') === 'people');
  return largest(people) ?? largest(of.filter((f) => (f.unit ?? 'people') === 'people')) ?? largest(of);
}

// ---- periods ---------------------------------------------------------------------------------

const DAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
const MONTHS_EN = 'january|february|march|april|may|june|july|august|september|october|november|december';
const PERIOD_PATTERNS: RegExp[] = [
  new RegExp(`\\bsince (?:early |late |last )?(?:${DAYS}|${MONTHS_EN}|\\d{4}|the (?:start|beginning|outbreak|onset)(?: of [\\w-]+(?: [\\w-]+)?)?|then)\\b(?: (?:morning|night|\\d{1,2}))?`, 'i'),
  /\b(?:in|over|during|within) the (?:past|last|previous) (?:\d+ |two |three |few |several )?(?:hours?|days?|weeks?|months?)\b/i,
  /\bover the weekend\b/i,
  /\bdepuis (?:le |la |l'|ce |début |fin )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|\d{4}|d[ée]but [\w-]+|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)(?: (?:matin|soir|\d{1,2}))?/i,
  /\b(?:en|ces dernières|au cours des dernières) (?:\d+ )?(?:heures|jours)\b/i,
  /\bseit (?:dem |der |Beginn [\w-]+(?: [\w-]+)?|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|\d{4}|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\w*/i,
  /\bin den (?:vergangenen|letzten) (?:\d+ )?(?:Stunden|Tagen|Wochen)\b/i,
  /\bdesde (?:el |la |este |principios de |el inicio de |el comienzo de )?(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo|\d{4}|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|inicio|comienzo)\w*/i,
  /\ben las últimas (?:\d+ )?(?:horas|días|semanas)\b/i,
  /منذ (?:يوم )?(?:الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد|بداية|بدء|اندلاع|\d{4})/,
  /خلال (?:ال)?(?:\d+|[\u0660-\u0669]+) ?(?:ساعة|ساعه|يوما|أيام)/,
];

/** The period a figure's own wording gives ("since Wednesday"), lower-cased, or null. */
export function periodOf(f: Figure): string | null {
  const ev = f.evidence ?? '';
  for (const re of PERIOD_PATTERNS) {
    const m = re.exec(ev);
    if (m) return m[0].replace(/\s+/g, ' ').trim();
  }
  return null;
}

// ---- the comparison --------------------------------------------------------------------------

const fmt = formatFigure;

function label(r: { outlet: string | null; articleId: string }): string {
  return r.outlet?.trim() || r.articleId;
}

function sameFigure(a: Figure, b: Figure): boolean {
  return a.count === b.count && (a.upper ?? null) === (b.upper ?? null) && a.who === b.who && (a.unit ?? 'people') === (b.unit ?? 'people');
}

function list(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function compareTolls(reports: TollReport[], kind: TollKind = 'killed'): TollComparison {
  const reporters = new Reporters();

  // how many reports cite each reporter for this kind: decides whose parts make a derived total
  const citeCount = new Map<string, number>();
  for (const r of reports) {
    const keys = new Set(r.figures.filter((f) => f.kind === kind && isEvent(f)).map((f) => reporters.canon(f.reporter)).filter((k): k is string => !!k));
    for (const k of keys) citeCount.set(k, (citeCount.get(k) ?? 0) + 1);
  }

  type Work = TollRow & { span: Span | null; order: number; headKey: string | null; headDerived: boolean };
  const rows: Work[] = [];
  reports.forEach((r, order) => {
    const figs = r.figures ?? [];
    const kh = killedHeadline(figs, reporters, kind === 'killed' ? citeCount : new Map());
    const civilians = largest(figs.filter((f) => f.kind === 'killed' && isEvent(f) && f.who === 'civilians'));
    const injured = kindHeadline(figs, 'injured');
    const displaced = kindHeadline(figs, 'displaced');
    const headline = kind === 'killed' ? kh.figure : kind === 'injured' ? injured : displaced;
    if (!headline) return; // nothing of this kind in the article: not a row
    const ofKind = figs.filter((f) => f.kind === kind && isEvent(f));
    const reps: string[] = [];
    const headReporters = kh.parts && kind === 'killed' ? kh.parts.map((p) => p.reporter) : [headline.reporter];
    for (const name of [...headReporters, ...ofKind.map((f) => f.reporter)]) {
      const k = reporters.canon(name);
      if (k && name && !reps.some((x) => reporters.canon(x) === k)) reps.push(name);
    }
    rows.push({
      articleId: r.articleId,
      outlet: r.outlet ?? null,
      published: r.published ?? null,
      url: r.url ?? null,
      title: r.title,
      killed: kh.figure,
      civilians,
      injured,
      displaced,
      headline,
      derivedFrom: kh.parts,
      headDerived: kind === 'killed' && !!kh.parts,
      reporters: reps,
      span: spanOf(r.published ?? null),
      order,
      headKey: reporters.canon(headline.reporter) ?? (kh.parts && kind === 'killed' ? reporters.canon(kh.parts[0].reporter) : null),
    });
  });

  // by time (a date alone sorts at noon of its day, as the chart plots it); undated last; then as given
  const mid = (s: Span) => (s.from + s.to) / 2;
  rows.sort((a, b) => {
    if (a.span && b.span) return mid(a.span) - mid(b.span) || a.order - b.order;
    if (a.span) return -1;
    if (b.span) return 1;
    return a.order - b.order;
  });

  const notes: string[] = [];

  // ---- superseded: a reporter's toll replaced by its own later (or same-day higher) one
  for (const old of rows) {
    if (!old.headKey || !old.span || !old.headline) continue;
    let by: { row: Work; why: string } | null = null;
    for (const nu of rows) {
      if (nu === old || nu.headKey !== old.headKey || !nu.span || !nu.headline || nu.headDerived) continue;
      if ((nu.headline.unit ?? 'people') !== (old.headline.unit ?? 'people')) continue;
      if (sameFigure(nu.headline, old.headline)) continue;
      let why: string | null = null;
      if (strictlyLater(nu.span, old.span)) why = 'later';
      else if (!old.headDerived && !strictlyLater(old.span, nu.span) && nu.headline.count > old.headline.count) why = 'same day, higher';
      if (!why) continue;
      // keep the latest, then the highest, superseding figure
      if (!by || strictlyLater(nu.span, by.row.span!) || (!strictlyLater(by.row.span!, nu.span) && nu.headline.count > by.row.headline!.count)) by = { row: nu, why };
    }
    if (by) {
      old.superseded = true;
      old.supersededBy = by.row.articleId;
      notes.push(`${reporters.display(old.headKey)}: ${fmt(old.headline)} (${label(old)}) superseded by ${fmt(by.row.headline!)} (${label(by.row)}, ${by.why})`);
    }
  }

  // ---- range over current headlines of the prevailing unit
  const current = rows.filter((r) => !r.superseded && r.headline);
  const unitCount = new Map<string, number>();
  for (const r of current) unitCount.set(r.headline!.unit ?? 'people', (unitCount.get(r.headline!.unit ?? 'people') ?? 0) + 1);
  const unit = [...unitCount.entries()].sort((a, b) => b[1] - a[1] || (a[0] === 'people' ? -1 : b[0] === 'people' ? 1 : 0))[0]?.[0] ?? 'people';
  const inRange = current.filter((r) => (r.headline!.unit ?? 'people') === unit);
  let low: Figure | null = null;
  let high: Figure | null = null;
  for (const r of inRange) {
    const f = r.headline!;
    if (!low || f.count < low.count) low = f;
    if (!high || (f.upper ?? f.count) > (high.upper ?? high.count)) high = f;
  }
  for (const r of current.filter((x) => (x.headline!.unit ?? 'people') !== unit)) {
    notes.push(`${label(r)} counts ${r.headline!.unit} (${fmt(r.headline!)}), not ${unit}: kept out of the range`);
  }

  // ---- totals against parts
  for (const r of rows) {
    if (!r.headDerived || !r.derivedFrom || !r.headline) continue;
    const key = r.headKey;
    const totals = rows
      .filter((o) => o !== r && !o.headDerived && o.headline && o.headline.who === 'people' && (!key || o.headKey === key))
      .map((o) => o.headline!)
      .sort((a, b) => a.count - b.count);
    const distinct = [...new Set(totals.map((f) => fmt(f)))];
    const parts = r.derivedFrom.map((p) => `${fmt(p)} ${p.who}`).join(' + ');
    const against = distinct.length ? ` vs ${distinct.join(', ')} given as totals${key ? ` by ${reporters.display(key)}` : ''} elsewhere` : '';
    notes.push(`${label(r)} gives parts, not a total: ${parts} = ${fmt(r.headline)}${against}`);
  }
  if (kind === 'killed') {
    for (const r of rows) {
      if (r.derivedFrom || !r.killed || r.killed.who !== 'people' || !r.civilians) continue;
      if (r.civilians.count > (r.killed.upper ?? r.killed.count)) {
        notes.push(`${label(r)}: ${fmt(r.civilians)} civilians killed exceeds its total of ${fmt(r.killed)}: the total may be older or partial`);
      }
    }
  }

  // ---- independent reporters behind the outlets
  const outletNames = new Set(rows.map((r) => label(r)));
  const sourceCount = new Map<string, number>();
  for (const r of rows) if (r.headKey) sourceCount.set(r.headKey, (sourceCount.get(r.headKey) ?? 0) + 1);
  const primaryKeys = [...sourceCount.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k]) => k);
  const primarySources = primaryKeys.map((k) => reporters.display(k));
  const unsourced = rows.filter((r) => !r.headKey).length;
  if (rows.length) {
    const n = outletNames.size;
    let line = `${n} outlet${n === 1 ? '' : 's'}, ${primarySources.length} primary source${primarySources.length === 1 ? '' : 's'}`;
    if (primarySources.length) line += `: ${primarySources.join('; ')}`;
    if (unsourced) line += `${primarySources.length ? '; ' : ': '}${unsourced} name${unsourced === 1 ? 's' : ''} no source`;
    notes.push(line);
  }

  // ---- periods
  const withPeriod = rows.filter((r) => r.headline).map((r) => {
    const figs = r.headDerived && r.derivedFrom ? r.derivedFrom : [r.headline!];
    const p = figs.map(periodOf).find((x) => x) ?? null;
    return { r, p };
  });
  const spelled = new Map<string, string>();
  for (const x of withPeriod) if (x.p && !spelled.has(x.p.toLowerCase())) spelled.set(x.p.toLowerCase(), x.p);
  const periods = new Set(withPeriod.map((x) => x.p?.toLowerCase() ?? ''));
  if (periods.size > 1) {
    const groups = new Map<string, string[]>();
    for (const { r, p } of withPeriod) {
      const k = p?.toLowerCase() ?? '';
      groups.set(k, [...(groups.get(k) ?? []), `${fmt(r.headline!)} (${label(r)})`]);
    }
    const said = [...groups.entries()].filter(([p]) => p).map(([p, xs]) => `${list(xs)} count${xs.length === 1 ? 's' : ''} "${spelled.get(p)}"`);
    const none = groups.get('');
    notes.push(`Periods differ: ${said.join('; ')}${none ? `; ${list(none)} give${none.length === 1 ? 's' : ''} no period` : ''}`);
  }

  // ---- undated rows
  for (const r of rows) {
    if (!r.span && r.headline) notes.push(`${label(r)} has no publication time: its ${fmt(r.headline)} cannot be placed before or after the others`);
  }

  // ---- background totals, listed apart
  const background: Figure[] = [];
  const backgroundBy = new Map<Figure, string[]>();
  for (const r of reports) {
    for (const f of r.figures ?? []) {
      if (f.kind !== kind || isEvent(f)) continue;
      const prev = background.find((b) => sameFigure(b, f));
      if (prev) {
        const outs = backgroundBy.get(prev)!;
        if (!outs.includes(label(r))) outs.push(label(r));
      } else {
        background.push(f);
        backgroundBy.set(f, [label(r)]);
      }
    }
  }
  background.sort((a, b) => b.count - a.count);
  if (background.length) {
    const items = background.map((f) => `${fmt(f)}${f.who !== 'people' ? ` ${f.who}` : ''} (${list(backgroundBy.get(f)!)})`);
    notes.push(`Background totals, not part of the comparison: ${items.join('; ')}`);
  }

  // ---- best estimate: the latest current figure of the most-cited reporter
  let best: TollComparison['best'] = null;
  const latestOf = (cands: Work[]): Work | undefined =>
    [...cands].sort((a, b) => {
      if (a.headDerived !== b.headDerived) return a.headDerived ? 1 : -1;
      if (a.span && b.span) {
        if (strictlyLater(a.span, b.span)) return -1;
        if (strictlyLater(b.span, a.span)) return 1;
        return b.headline!.count - a.headline!.count || a.order - b.order;
      }
      if (a.span) return -1;
      if (b.span) return 1;
      return b.headline!.count - a.headline!.count;
    })[0];
  const top = primaryKeys[0];
  if (top) {
    const pick = latestOf(current.filter((r) => r.headKey === top && (r.headline!.unit ?? 'people') === unit));
    if (pick) {
      best = {
        figure: pick.headline!,
        rule: `latest figure of the most-cited reporter (${reporters.display(top)}, behind ${sourceCount.get(top)} of ${rows.length} reports)`,
        reportedBy: reporters.display(top),
        outlet: pick.outlet,
      };
    }
  }
  if (!best && inRange.length) {
    const pick = latestOf(inRange)!;
    best = {
      figure: pick.headline!,
      rule: 'latest figure reported (no report names its source)',
      reportedBy: pick.headline!.reporter ?? null,
      outlet: pick.outlet,
    };
  }

  const outRows: TollRow[] = rows.map(({ span: _s, order: _o, headKey: _h, headDerived: _d, ...row }) => {
    const clean: TollRow = { ...row };
    for (const k of Object.keys(clean) as (keyof TollRow)[]) if (clean[k] === undefined) delete clean[k];
    return clean;
  });

  return { kind, rows: outRows, range: { low, high }, best, notes, outlets: outletNames.size, primarySources, background };
}
