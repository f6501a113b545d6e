// Arabic counts written without a number: the dual ("مقتل جنديين" = 2 soldiers killed, "قتيلان"
// = 2 dead, "إصابة طفلين") and a singular noun with "واحد" after it ("مقتل جندي واحد" = 1).
// Nouns whose plural is broken are read as duals in both cases: for them the -ان/-ين form can only
// be a dual ("جنديين"). Nouns with a sound plural are read only in the nominative -ان ("مدنيان",
// "مصابان"): their -ين form is as likely the plural ("مقتل مدنيين" = civilians, no number).
import type { FigureKind, Who } from '../../../types.js';
import { arabicDualStems, normaliseArabic } from '../../numbers/index.js';
import type { Candidate, NumberMatch, SentenceContext } from '../types.js';

/** Kind nouns (singular, normalised) whose dual is itself a count of that kind. */
const KIND_NOUNS: Record<string, FigureKind> = {
  'قتيل': 'killed',
  'شهيد': 'killed',
  'جريح': 'injured',
  'مختطف': 'detained',
};
/** Kind nouns with a sound plural: only their -ان dual counts ("مصابان", "مفقودان"). */
const SOUND_KIND_NOUNS: Record<string, FigureKind> = {
  'مصاب': 'injured',
  'مفقود': 'missing',
  'معتقل': 'detained',
  'محتجز': 'detained',
  'موقوف': 'detained',
  'نازح': 'displaced',
};
/** Group nouns with a sound plural: only their -ان dual counts, after a cue ("قتل مدنيان"). */
const SOUND_GROUPS: Record<string, Who> = {
  'مدني': 'civilians',
  'صحفي': 'civilians',
  'صحافي': 'civilians',
  'مسعف': 'civilians',
  'ممرض': 'civilians',
  'مقاتل': 'combatants',
  'شرطي': 'combatants',
  'مسلح': 'combatants',
  'عسكري': 'combatants',
  'متمرد': 'combatants',
  'مواطن': 'people',
  'مستوطن': 'people',
  'مهاجر': 'people',
  'مزارع': 'people',
  'صياد': 'people',
  'متظاهر': 'people',
  'فلسطيني': 'people',
  'اسرائيلي': 'people',
  'سوري': 'people',
  'لبناني': 'people',
  'عراقي': 'people',
  'يمني': 'people',
  'سوداني': 'people',
  'مصري': 'people',
  'اجنبي': 'people',
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
  // prisoners and hostages are often released: only a cue makes them detained ("أسر جنديين")
  'اسير': 'people',
  'رهينه': 'people',
  'طبيب': 'civilians',
  'صبي': 'children',
  'رضيع': 'children',
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
  'معلم': 'civilians',
  'طبيب': 'civilians',
  'ممرض': 'civilians',
  'مزارع': 'people',
  'صياد': 'people',
  'مستوطن': 'people',
  'مسلح': 'combatants',
  'عسكري': 'combatants',
};
/** Cue words right before the noun (normalised, clitics stripped). */
const CUES: Record<string, FigureKind> = {
  'مقتل': 'killed',
  'قتل': 'killed',
  'قتلت': 'killed',
  'استشهد': 'killed',
  'استشهدت': 'killed',
  'ارتقي': 'killed',
  'لقي': 'killed',
  'توفي': 'killed',
  'اعدم': 'killed',
  'اغتيال': 'killed',
  'اغتيل': 'killed',
  'قتلي': 'killed',
  'شهداء': 'killed',
  'اصيبت': 'injured',
  'جرحي': 'injured',
  'مصابين': 'injured',
  'اعتقل': 'detained',
  'يعتقل': 'detained',
  'تعتقل': 'detained',
  'اعتقلت': 'detained',
  'اختطف': 'detained',
  'اختطفت': 'detained',
  'خطف': 'detained',
  'اسر': 'detained',
  'فقد': 'missing',
  'نزح': 'displaced',
  'استشهاد': 'killed',
  'مصرع': 'killed',
  'وفاه': 'killed',
  'اصابه': 'injured',
  'جرح': 'injured',
  'اصيب': 'injured',
  'اعتقال': 'detained',
  'احتجاز': 'detained',
  'اختطاف': 'detained',
  'توقيف': 'detained',
  'فقدان': 'missing',
  'نزوح': 'displaced',
};

/** Dual verbs after a dual noun ("جنديين قتلا", "طفلان أصيبا"), normalised. */
const DUAL_VERBS: Record<string, FigureKind> = {
  'قتلا': 'killed', 'قتلتا': 'killed', 'استشهدا': 'killed', 'استشهدتا': 'killed', 'توفيا': 'killed', 'لقيا': 'killed',
  'اصيبا': 'injured', 'اصيبتا': 'injured', 'جرحا': 'injured', 'جرحتا': 'injured',
  'خطفا': 'detained', 'اختطفا': 'detained', 'اعتقلا': 'detained', 'اسرا': 'detained', 'فقدا': 'missing',
};
/** Who "من <noun>" names after a dual kind noun ("قتيلين من عناصره", "جريحان من المدنيين"). */
const OF_WHO: Array<[RegExp, Who]> = [
  [/^(?:ال)?(?:عناصر|جنود|مقاتلي|مقاتلين|افراد|منتسبي|ضباط|قوات|العسكريين|عسكريين)/, 'combatants'],
  [/^(?:ال)?(?:مدنيين|المدنيين)/, 'civilians'],
  [/^(?:ال)?(?:اطفال)/, 'children'],
  [/^(?:ال)?(?:نساء)/, 'women'],
];

const WORD = /[\p{L}\p{M}]+/gu;
const CLITICS = /^(?:[وف])?(?:[بل])?(?:ال)?/;

/** Singular stems of a dual, with and without a leading clitic (ب/ل may also cling: "لطفلين"). */
function stems(w: string): string[] {
  const out = new Set<string>();
  for (const st of arabicDualStems(w)) {
    out.add(st);
    out.add(st.replace(CLITICS, ''));
  }
  return [...out];
}

/** Normalised words, memoised: the same words recur in every sentence of an article. */
const NORM = new Map<string, string>();
function norm(w: string): string {
  let v = NORM.get(w);
  if (v === undefined) {
    if (NORM.size > 20000) NORM.clear();
    v = normaliseArabic(w);
    NORM.set(w, v);
  }
  return v;
}

function bare(w: string): string {
  return norm(w).replace(CLITICS, '');
}

/** "بينهم", "منهم": the noun after is a part of a count before. */
const PART = new Set(['بينهم', 'بينهن', 'منهم', 'منهن', 'ضمنهم']);
/** Kind nouns of a count a part refers to ("20 قتيلا بينهم طفلان"), normalised. */
const KIND_WORDS: Record<string, FigureKind> = {
  'قتيلا': 'killed', 'قتيل': 'killed', 'قتلي': 'killed', 'شهيدا': 'killed', 'شهيد': 'killed', 'شهداء': 'killed',
  'ضحايا': 'killed', 'جثه': 'killed', 'جثث': 'killed',
  'جريحا': 'injured', 'جريح': 'injured', 'جرحي': 'injured', 'مصابا': 'injured', 'مصابين': 'injured', 'مصاب': 'injured',
  'اصابه': 'injured', 'معتقلا': 'detained', 'معتقلين': 'detained', 'مفقودا': 'missing', 'مفقودين': 'missing',
};

/** The kind of the count a part marker refers to: the nearest cue or kind noun before it. */
function partKind(words: { w: string }[], j: number): FigureKind | undefined {
  for (let k = j - 1; k >= 0 && k >= j - 16; k--) {
    const b = bare(words[k].w);
    const kind = CUES[b] ?? KIND_WORDS[b] ?? KIND_WORDS[norm(words[k].w).replace(/^[وف]/, '')];
    if (kind) return kind;
  }
  return undefined;
}

/** The kind of a cue right before word i, or before a short list of nouns ending at word i
 *  ("مقتل ضابط وجنديين", "إصابة امرأة وطفلين"), or of the count a part marker before it refers to
 *  ("مقتل 20 شخصا بينهم طفلان"). */
function cueBefore(words: { w: string }[], i: number): FigureKind | undefined {
  for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
    const b = bare(words[j].w);
    const kind = CUES[b];
    if (kind) return kind;
    if (PART.has(b) || PART.has(norm(words[j].w).replace(/^[وف]/, ''))) return partKind(words, j);
    const noun = ONE_GROUPS[b] || stems(words[j].w).some((st) => ONE_GROUPS[st] || SOUND_GROUPS[st] || KIND_NOUNS[st]);
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
    const next = words[i + 1];
    const one = next && /^(?:واحد|واحده|واحدا)$/.test(norm(next.w)) && next.start - cur.end <= 2;
    const nominative = norm(cur.w).endsWith('ان');
    // only a dual ("-ان"/"-ين") or a noun before "واحد" can be a count here
    if (!one && !nominative && !norm(cur.w).endsWith('ين')) continue;
    const cue = cueBefore(words, i);
    let kind: FigureKind | null = null;
    let who: Who | null = null;
    let count = 0;
    let end = cur.end;
    if (one) {
      // accusative "شخصا واحدا": the singular's tanwin alif
      const w = ONE_GROUPS[bare(cur.w)] ?? ONE_GROUPS[bare(cur.w).replace(/ا$/, '')];
      // the verb may follow: "معلما واحدا خطف", "جنديا واحدا قتل"
      const after = words[i + 2] && words[i + 2].start - next.end <= 2 ? CUES[bare(words[i + 2].w)] : undefined;
      if (w && (cue || after)) {
        kind = cue ?? after!;
        who = w;
        count = 1;
        end = next.end;
      }
    } else {
      // a dual verb right after the noun: "جنديين قتلا", "طفلان أصيبا"
      const verbAfter = next && next.start - cur.end <= 2 ? DUAL_VERBS[bare(next.w)] : undefined;
      for (const st of stems(cur.w)) {
        if (KIND_NOUNS[st] || (nominative && SOUND_KIND_NOUNS[st])) {
          kind = KIND_NOUNS[st] ?? SOUND_KIND_NOUNS[st];
          who = 'people';
          // the group after the kind noun: an adjective ("قتيلان مدنيان") or "من عناصره"
          if (next && next.start - cur.end <= 2) {
            const adj = stems(next.w).map((x) => SOUND_GROUPS[x] ?? DUAL_GROUPS[x]).find((x) => x);
            const of = norm(next.w) === 'من' && words[i + 2] ? OF_WHO.find(([re]) => re.test(norm(words[i + 2].w))) : undefined;
            if (adj && norm(next.w).endsWith(nominative ? 'ان' : 'ين')) {
              who = adj;
              end = next.end;
            } else if (of) {
              who = of[1];
              end = words[i + 2].end;
            }
          }
        } else if (DUAL_GROUPS[st] && (cue || verbAfter)) {
          kind = cue ?? verbAfter!;
          who = DUAL_GROUPS[st];
        } else if (nominative && SOUND_GROUPS[st] && (cue || verbAfter)) {
          kind = cue ?? verbAfter!;
          who = SOUND_GROUPS[st];
        } else continue;
        count = 2;
        break;
      }
    }
    if (!kind || !who) continue;
    const party = /^[وفبل]?(?:ال)?شرطي/.test(norm(cur.w)) ? 'police' : null;
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
      party,
      phraseEnd: sent.start + end,
      parent: null,
      people: true,
    });
  }
  return out;
}
