// The opening of a regex group, shared by the engine's three readers of pattern sources (first
// characters in compile.ts, prefixes in prefixes.ts, required literals in literals.ts).

/**
 * Reads what follows "(" at `i` in a pattern source: where the group's body starts and whether the
 * group is a lookaround (it consumes nothing). Null for a group syntax the readers do not model.
 */
export function groupOpen(src: string, i: number): { next: number; look: boolean } | null {
  if (src[i] !== '?') return { next: i, look: false };
  const a = src[i + 1];
  if (a === ':') return { next: i + 2, look: false };
  if (a === '=' || a === '!') return { next: i + 2, look: true };
  if (a === '<' && (src[i + 2] === '=' || src[i + 2] === '!')) return { next: i + 3, look: true };
  if (a === '<') return { next: src.indexOf('>', i) + 1, look: false }; // a named group
  return null;
}
