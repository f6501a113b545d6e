// The toll over time per reporter as a PNG: x = published time, y = each row's headline count of
// the kind, one line with points per reporter, a legend and axis labels. Drawn in-process with
// @napi-rs/canvas (no browser). Returns a Buffer; no discord.js here.
import { existsSync } from 'node:fs';
import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import { formatFigure, type TollComparison, type TollRow } from '../../analysis/stories/compareTolls.js';

export interface TollChartOptions {
  width?: number;
  height?: number;
  storyTitle?: string;
}

const PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#ff7f0e', '#9467bd', '#8c564b', '#e377c2', '#17becf', '#7f7f7f', '#bcbd22'];
const FONT_DIRS = ['/usr/share/fonts', '/usr/local/share/fonts', '/System/Library/Fonts', 'C:\\Windows\\Fonts'];
const PREFERRED = ['DejaVu Sans', 'Liberation Sans', 'Noto Sans', 'Arial', 'Helvetica'];

let fontFamily: string | null | undefined;

/** A font family to write with, registering system fonts if none is known; null when there is none. */
export function chartFont(): string | null {
  if (fontFamily !== undefined) return fontFamily;
  try {
    if (GlobalFonts.families.length === 0) {
      for (const dir of FONT_DIRS) if (existsSync(dir)) GlobalFonts.loadFontsFromDir(dir);
    }
    const names = GlobalFonts.families.map((f) => f.family);
    fontFamily = PREFERRED.find((p) => names.includes(p)) ?? names.find((n) => !/emoji|symbol|math/i.test(n)) ?? null;
  } catch {
    fontFamily = null;
  }
  return fontFamily;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** A date alone is plotted at noon UTC of its day. */
function timeOf(published: string | null): number | null {
  if (!published) return null;
  const p = published.trim();
  const t = DATE_ONLY.test(p) ? Date.parse(p + 'T12:00:00Z') : Date.parse(p);
  return Number.isFinite(t) ? t : null;
}

function niceStep(range: number, target: number): number {
  const raw = range / Math.max(1, target);
  const mag = 10 ** Math.floor(Math.log10(raw));
  const n = raw / mag;
  return (n <= 1 ? 1 : n <= 2 ? 2 : n <= 5 ? 5 : 10) * mag;
}

function shortNumber(n: number): string {
  if (n >= 1e6) return `${+(n / 1e6).toFixed(1)}M`;
  if (n >= 1e4) return `${+(n / 1e3).toFixed(0)}k`;
  return n.toLocaleString('en-US');
}

function timeLabel(t: number, spanMs: number): string {
  const d = new Date(t);
  const mon = d.toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' });
  const day = `${d.getUTCDate()} ${mon}`;
  if (spanMs > 3 * 86_400_000) return day;
  return `${day} ${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
}

interface Point { t: number; y: number; row: TollRow }
interface Series { name: string; color: string; points: Point[] }

function headlineOf(r: TollRow): number | null {
  const f = r.headline;
  return f ? f.count : null;
}

export async function renderTollChart(c: TollComparison, opts: TollChartOptions = {}): Promise<Buffer> {
  const width = Math.max(200, Math.round(opts.width ?? 800));
  const height = Math.max(150, Math.round(opts.height ?? 400));
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  const font = chartFont();
  const text = (s: string, x: number, y: number, size: number, o: { align?: CanvasTextAlign; color?: string; bold?: boolean; baseline?: CanvasTextBaseline } = {}) => {
    if (!font) return;
    ctx.font = `${o.bold ? 'bold ' : ''}${size}px "${font}"`;
    ctx.fillStyle = o.color ?? '#222';
    ctx.textAlign = o.align ?? 'left';
    ctx.textBaseline = o.baseline ?? 'alphabetic';
    ctx.fillText(s, x, y);
  };

  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);

  // ---- series: one per reporter (the row's first reporter; "no source named" otherwise)
  const byName = new Map<string, Point[]>();
  let undated = 0;
  for (const r of c.rows) {
    const y = headlineOf(r);
    if (y == null) continue;
    const t = timeOf(r.published);
    if (t == null) { undated++; continue; }
    const name = r.headline?.reporter ?? r.reporters[0] ?? 'no source named';
    byName.set(name, [...(byName.get(name) ?? []), { t, y, row: r }]);
  }
  const series: Series[] = [...byName.entries()]
    .sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1))
    .map(([name, points], i) => ({ name, color: PALETTE[i % PALETTE.length], points: points.sort((p, q) => p.t - q.t || p.y - q.y) }));

  const kindLabel = c.kind === 'killed' ? 'killed' : c.kind === 'injured' ? 'injured' : 'displaced';
  const titleSize = Math.max(11, Math.round(height / 26));
  const labelSize = Math.max(9, Math.round(height / 36));
  const title = opts.storyTitle ? `${kindLabel[0].toUpperCase()}${kindLabel.slice(1)}: ${opts.storyTitle}` : `Reported ${kindLabel} over time`;
  const maxTitle = Math.floor((width - 20) / (titleSize * 0.55));
  text(title.length > maxTitle ? title.slice(0, maxTitle - 1) + '…' : title, 10, titleSize + 6, titleSize, { bold: true });

  // ---- plot area, leaving room for the legend on the right
  const legendW = series.length ? Math.min(Math.round(width * 0.3), 240) : 0;
  const left = font ? 62 : 20;
  const top = titleSize + 18;
  const right = width - legendW - 16;
  const bottom = height - (font ? 44 : 16);
  const pw = Math.max(10, right - left);
  const ph = Math.max(10, bottom - top);

  const pts = series.flatMap((s) => s.points);
  if (pts.length === 0) {
    ctx.strokeStyle = '#999';
    ctx.strokeRect(left, top, pw, ph);
    text(`No dated ${kindLabel} figure to plot${undated ? ` (${undated} undated report${undated === 1 ? '' : 's'})` : ''}`, left + pw / 2, top + ph / 2, labelSize + 2, { align: 'center', color: '#555' });
    return canvas.toBuffer('image/png');
  }

  let tMin = Math.min(...pts.map((p) => p.t));
  let tMax = Math.max(...pts.map((p) => p.t));
  if (tMax - tMin < 3_600_000) { tMin -= 3 * 3_600_000; tMax += 3 * 3_600_000; }
  else { const padT = (tMax - tMin) * 0.05; tMin -= padT; tMax += padT; }
  const yMaxRaw = Math.max(...pts.map((p) => p.y));
  const yStep = niceStep(yMaxRaw * 1.1 || 1, 5);
  const yMax = Math.max(yStep, Math.ceil((yMaxRaw * 1.1) / yStep) * yStep);
  const X = (t: number) => left + ((t - tMin) / (tMax - tMin)) * pw;
  const Y = (v: number) => bottom - (v / yMax) * ph;

  // grid and axes
  ctx.lineWidth = 1;
  for (let v = 0; v <= yMax + 1e-9; v += yStep) {
    ctx.strokeStyle = v === 0 ? '#444' : '#e3e3e3';
    ctx.beginPath();
    ctx.moveTo(left, Y(v));
    ctx.lineTo(right, Y(v));
    ctx.stroke();
    text(shortNumber(v), left - 6, Y(v) + 4, labelSize, { align: 'right', color: '#444' });
  }
  ctx.strokeStyle = '#444';
  ctx.beginPath();
  ctx.moveTo(left, top);
  ctx.lineTo(left, bottom);
  ctx.stroke();
  const ticks = Math.max(2, Math.min(6, Math.floor(pw / 110)));
  for (let i = 0; i <= ticks; i++) {
    const t = tMin + ((tMax - tMin) * i) / ticks;
    ctx.strokeStyle = '#444';
    ctx.beginPath();
    ctx.moveTo(X(t), bottom);
    ctx.lineTo(X(t), bottom + 4);
    ctx.stroke();
    text(timeLabel(t, tMax - tMin), X(t), bottom + 6 + labelSize, labelSize, { align: i === 0 ? 'left' : i === ticks ? 'right' : 'center', color: '#444' });
  }
  text('published (UTC)', left + pw / 2, height - 6, labelSize, { align: 'center', color: '#666' });
  if (font) {
    ctx.save();
    ctx.translate(14, top + ph / 2);
    ctx.rotate(-Math.PI / 2);
    text(`${kindLabel} (headline figure)`, 0, 0, labelSize, { align: 'center', color: '#666' });
    ctx.restore();
  }

  // lines and points: hollow = superseded, diamond = sum of parts
  const drawPoint = (ctx2: SKRSContext2D, p: Point, color: string) => {
    const x = X(p.t);
    const y = Y(p.y);
    const r = 4.5;
    ctx2.beginPath();
    if (p.row.derivedFrom && c.kind === 'killed') {
      ctx2.moveTo(x, y - r - 1);
      ctx2.lineTo(x + r + 1, y);
      ctx2.lineTo(x, y + r + 1);
      ctx2.lineTo(x - r - 1, y);
      ctx2.closePath();
    } else ctx2.arc(x, y, r, 0, Math.PI * 2);
    ctx2.fillStyle = p.row.superseded ? '#ffffff' : color;
    ctx2.fill();
    ctx2.lineWidth = 2;
    ctx2.strokeStyle = color;
    ctx2.stroke();
  };
  for (const s of series) {
    if (s.points.length > 1) {
      ctx.strokeStyle = s.color;
      ctx.lineWidth = 2;
      ctx.beginPath();
      s.points.forEach((p, i) => (i === 0 ? ctx.moveTo(X(p.t), Y(p.y)) : ctx.lineTo(X(p.t), Y(p.y))));
      ctx.stroke();
    }
    for (const p of s.points) drawPoint(ctx, p, s.color);
    // label the last point with its figure
    const last = s.points[s.points.length - 1];
    if (last.row.headline) text(formatFigure(last.row.headline), X(last.t) + 7, Y(last.y) - 7, labelSize, { color: s.color });
  }

  // legend
  if (legendW) {
    let y = top + 4;
    const lx = width - legendW - 4;
    const room = legendW - 22;
    const fit = (name: string, suffix: string) => {
      if (!font) return name + suffix;
      ctx.font = `${labelSize}px "${font}"`;
      let n = name;
      while (n.length > 3 && ctx.measureText(n + (n === name ? '' : '…') + suffix).width > room) n = n.slice(0, -1);
      return (n === name ? n : n.trimEnd() + '…') + suffix;
    };
    for (const s of series.slice(0, Math.floor(ph / (labelSize + 8)))) {
      ctx.fillStyle = s.color;
      ctx.fillRect(lx, y, 12, 12);
      text(fit(s.name, ` (${s.points.length})`), lx + 18, y + 10, labelSize);
      y += labelSize + 8;
    }
    const foot: string[] = [];
    if (pts.some((p) => p.row.superseded)) foot.push('○ superseded');
    if (c.kind === 'killed' && pts.some((p) => p.row.derivedFrom)) foot.push('◇ sum of parts');
    if (undated) foot.push(`${undated} undated not shown`);
    for (const f of foot) {
      y += 2;
      text(f, lx, y + 10, labelSize - 1, { color: '#666' });
      y += labelSize + 4;
    }
  }

  return canvas.toBuffer('image/png');
}
