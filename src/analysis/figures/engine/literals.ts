// Literals a match of a regex source must contain: a set of strings such that every match holds
// at least one of them. A sentence that holds none of them has no match, and its scan (which tries
// the regex at every word start the first-character tables let through) can be skipped: worth it
// for a pattern whose first characters cannot be told ("(?:\d+|\p{L}+) years on"), which is
// otherwise tried at every word. Sound for the regex subset the lexicons use; null when no such
// set can be told.
import { groupOpen } from './groupOpen.js';

type Req = string[] | null;

const cache = new Map<string, Req>();

/** The literals one of which every match of `src` contains; null when unknown. */
export function requiredLiterals(src: string): string[] | null {
  let r = cache.get(src);
  if (r === undefined) {
    try {
      r = parse(src);
    } catch {
      r = null;
    }
    cache.set(src, r);
  }
  return r;
}

/** Of two requirements of one sequence (both hold), the more selective: longer, then fewer. */
function better(a: Req, b: Req): Req {
  if (a === null) return b;
  if (b === null) return a;
  const score = (x: string[]) => Math.min(...x.map((s) => s.length)) * 64 - x.length;
  return score(b) > score(a) ? b : a;
}

function parse(src: string): Req {
  let i = 0;
  const fail = (): never => {
    throw new Error('unsupported');
  };

  function alternation(): Req {
    const alts: Req[] = [sequence()];
    while (src[i] === '|') {
      i++;
      alts.push(sequence());
    }
    if (alts.some((a) => a === null)) return null;
    return [...new Set((alts as string[][]).flat())];
  }

  /** A sequence: the best of its runs of plain characters and of its required groups. */
  function sequence(): Req {
    let best: Req = null;
    let run = '';
    const endRun = () => {
      if (run) best = better(best, [run]);
      run = '';
    };
    while (i < src.length && src[i] !== '|' && src[i] !== ')') {
      const a = atom();
      const q = quantifier();
      if (a.kind === 'char') {
        // "s?", "s*": the run ends before it; "s+", "s{2}": it is there once, then the run ends
        if (q === null) run += a.ch;
        else {
          if (q.min >= 1) run += a.ch;
          endRun();
        }
      } else {
        endRun();
        if (a.kind === 'group' && (q === null || q.min >= 1)) best = better(best, a.req);
      }
    }
    endRun();
    return best;
  }

  function quantifier(): { min: number } | null {
    const c = src[i];
    let min: number;
    if (c === '?' || c === '*') min = 0;
    else if (c === '+') min = 1;
    else if (c === '{') {
      const m = /^\{(\d+)(?:,\d*)?\}/.exec(src.slice(i));
      if (!m) return null; // a literal "{"
      min = Number(m[1]);
      i += m[0].length - 1;
    } else return null;
    i++;
    if (src[i] === '?') i++; // lazy
    return { min };
  }

  type Atom = { kind: 'char'; ch: string } | { kind: 'group'; req: Req } | { kind: 'other' };

  function atom(): Atom {
    const c = src[i];
    if (c === '(') {
      const open = groupOpen(src, i + 1) ?? fail();
      i = open.next;
      const look = open.look;
      const r = alternation();
      if (src[i] !== ')') fail();
      i++;
      // a lookaround consumes nothing: what it asks for need not be inside the match
      return look ? { kind: 'other' } : { kind: 'group', req: r };
    }
    if (c === '[') {
      // a class: no literal
      for (i++; i < src.length && src[i] !== ']'; i++) if (src[i] === '\\') i++;
      if (src[i] !== ']') fail();
      i++;
      return { kind: 'other' };
    }
    if (c === '\\') {
      const n = src[i + 1];
      i += 2;
      if (n === undefined) fail();
      if ((n === 'p' || n === 'P' || n === 'u') && src[i] === '{') {
        i = src.indexOf('}', i) + 1;
        return { kind: 'other' };
      }
      if (n === 'k') {
        // a named back reference: \k<name>
        if (src[i] !== '<') fail();
        i = src.indexOf('>', i) + 1;
        return { kind: 'other' };
      }
      if (n === 'c') {
        // a control character: \cX
        i++;
        return { kind: 'other' };
      }
      if (n === 'u') {
        const ch = String.fromCharCode(parseInt(src.slice(i, i + 4), 16));
        i += 4;
        return { kind: 'char', ch };
      }
      if (n === 'x') {
        const ch = String.fromCharCode(parseInt(src.slice(i, i + 2), 16));
        i += 2;
        return { kind: 'char', ch };
      }
      // classes (\s, \d, \w), boundaries, back references, control characters: no literal
      if (/[A-Za-z0-9]/.test(n)) return { kind: 'other' };
      return { kind: 'char', ch: n };
    }
    i++;
    if (c === '.' || c === '^' || c === '$') return { kind: 'other' };
    if (c === ')' || c === '*' || c === '+' || c === '?') fail();
    return { kind: 'char', ch: c };
  }

  const r = alternation();
  return i < src.length ? null : r;
}
