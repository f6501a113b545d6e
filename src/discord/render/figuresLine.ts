// The one line of figures under a post: "Killed: ≥242 (SOHR) · Displaced: >14,000 (UN OCHA)".
import type { Figure, FigureKind } from '../../analysis/types.js';
import { formatFigure } from '../../analysis/stories/compareTolls.js';

const KIND_LABEL: Record<FigureKind, string> = {
  killed: 'Killed',
  injured: 'Injured',
  displaced: 'Displaced',
  missing: 'Missing',
  detained: 'Detained',
};
const ORDER: FigureKind[] = ['killed', 'injured', 'displaced', 'missing', 'detained'];
const GROUP_RANK = { people: 0, civilians: 1, combatants: 2, children: 3, women: 4 } as const;

/** The figure a reader wants first for a kind: the largest current total, people before sub-groups. */
export function headlineFigure(figures: Figure[], kind: FigureKind): Figure | undefined {
  const current = figures.filter((f) => f.kind === kind && f.scope === 'event');
  return current.sort((a, b) => GROUP_RANK[a.who] - GROUP_RANK[b.who] || b.count - a.count)[0];
}

/** "SOHR" for "Syrian Observatory for Human Rights", "SANA" for "Syrian state media (SANA)". */
export function shortReporter(name: string): string {
  const bracket = /\(([A-Z][A-Za-z]{1,9})\)\s*$/.exec(name);
  if (bracket && bracket[1] === bracket[1]!.toUpperCase()) return bracket[1]!;
  const plain = name.replace(/\s*\(.*\)\s*$/, '');
  if (plain.length <= 18) return plain;
  const initials = plain
    .split(/\s+/)
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w[0])
    .join('');
  return initials.length >= 2 ? initials : plain.slice(0, 18) + '…';
}

export function renderFiguresLine(figures: Figure[]): string {
  const parts: string[] = [];
  for (const kind of ORDER) {
    const f = headlineFigure(figures, kind);
    if (!f) continue;
    const who = f.who === 'people' ? '' : ` ${f.who}`;
    const by = f.reporter ? ` (${shortReporter(f.reporter)})` : '';
    parts.push(`${KIND_LABEL[kind]}: ${formatFigure(f)}${who}${by}`);
  }
  return parts.join(' · ');
}
