// Arabic counts written without a number: the dual ("مقتل جنديين" = 2 soldiers killed, "قتيلان"
// = 2 dead, "إصابة طفلين") and a singular noun with "واحد" after it ("مقتل جندي واحد" = 1).
// Only nouns whose plural is broken are read as duals: for them the -ان/-ين form can only be a
// dual ("جنديين"), while "مدنيين" is as likely a plural (see arabicDualStems).
import type { FigureKind, Who } from '../../../types.js';
import { arabicDualStems, normaliseArabic } from '../../numbers/index.js';
import type { Candidate, NumberMatch, SentenceContext } from '../types.js';

/** Kind nouns (singular, normalised) whose dual is itself a count of that kind. */
const KIND_NOUNS: Record<string, FigureKind> = {
  'قتيل': 'killed',
  'شهيد': 'killed',
  'جريح': 'injured',
  'اسير': 'detained',
  'رهينه': 'detained',
  'مختطف': 'detained',
};
/** Group nouns (singular, normalised) with a broken plural. */
const DUAL_GROUPS: Record<string, Who> = {
  'طفل': 'children',
  'طفله': 'children',
  'فتاه': 'children',
  'جندي': 'combatants',
  'عنصر': 'combatants',
  'ضابط': 'combatants',
  'شخص': 'people',
  'رجل': 'people',
  'شاب': 'people',
  'امراه': 'women',
};
/** Singular nouns that take "واحد" / "واحدة" after them. */
const ONE_GROUPS: Record<string, Who> = {
  ...DUAL_GROUPS,
  'مدني': 'civilians',
  'صحفي': 'civilians',
  'مسعف': 'civilians',
  'مقاتل': 'combatants',
  'شرطي': 'combatants',
  'مواطن': 'people',
};
/** Cue words right before the noun (normalised, clitics stripped). */
const CUES: Record<string, FigureKind> = {
  'مقتل': 'killed',
  'قتل': 'killed',
  'استشهاد': 'killed',
  'مصرع': 'killed',
  'وفاه': 'killed',
  'اصابه': 'injured',
  'جرح': 'injured',
  'اصيب': 'injured',
  'اعتقال': 'detained',
  'احتجاز': 'detained',
  'اختطاف': 'detained',
  'خطف': 'detained',
  'اسر': 'detained',
  'توقيف': 'detained',
  'فقدان': 'missing',
  'نزوح': 'displaced',
};

const WORD = /[\p{L}\p{M}]+/gu;
const CLITICS = /^(?:[وف])?(?:[بل])?(?:ال)?/;

function bare(w: string): string {
  return normaliseArabic(w).replace(CLITICS, '');
}

/** The kind of a cue right before word i, or before a short list of nouns ending at word i
 *  ("مقتل ضابط وجنديين", "إصابة امرأة وطفلين"). */
function cueBefore(words: { w: string }[], i: number): FigureKind | undefined {
  for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
    const b = bare(words[j].w);
    const kind = CUES[b];
    if (kind) return kind;
    const noun = ONE_GROUPS[b] || arabicDualStems(words[j].w).some((st) => ONE_GROUPS[st.replace(CLITICS, '')] || KIND_NOUNS[st.replace(CLITICS, '')]);
    if (!noun) return undefined;
  }
  return undefined;
}

export function readDuals(sent: SentenceContext, _numbers: NumberMatch[]): Candidate[] {
  const s = sent.text;
  if (!/[\u0600-\u06FF]/.test(s)) return [];
  const words: { w: string; start: number; end: number }[] = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(s))) words.push({ w: m[0], start: m.index, end: m.index + m[0].length });
  const out: Candidate[] = [];
  for (let i = 0; i < words.length; i++) {
    const cur = words[i];
    const cue = cueBefore(words, i);
    let kind: FigureKind | null = null;
    let who: Who | null = null;
    let count = 0;
    let end = cur.end;
    const next = words[i + 1];
    const one = next && /^(?:واحد|واحده)$/.test(normaliseArabic(next.w)) && next.start - cur.end <= 2;
    if (one) {
      const w = ONE_GROUPS[bare(cur.w)];
      if (w && cue) {
        kind = cue;
        who = w;
        count = 1;
        end = next.end;
      }
    } else {
      for (const stem of arabicDualStems(cur.w)) {
        const st = stem.replace(CLITICS, '');
        if (KIND_NOUNS[st]) {
          kind = KIND_NOUNS[st];
          who = 'people';
        } else if (DUAL_GROUPS[st] && cue) {
          kind = cue;
          who = DUAL_GROUPS[st];
        } else continue;
        count = 2;
        break;
      }
    }
    if (!kind || !who) continue;
    out.push({
      sentence: sent.index,
      start: sent.start + cur.start,
      end: sent.start + end,
      count,
      upper: null,
      qualifier: 'exact',
      kind,
      who,
      unit: 'people',
      party: null,
      phraseEnd: sent.start + end,
      parent: null,
      people: true,
    });
  }
  return out;
}
