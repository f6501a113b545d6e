// When did it happen? Day expressions of news text ("on Tuesday", "mardi", "am Dienstag", "el
// martes", "الثلاثاء", "yesterday", "August 24", "le 7 mars", "24. August", "24 de agosto",
// "24 آب") resolved against the publication date to calendar days. Pure.
//
// A day is a whole number: days since 1970-01-01 (UTC). Weekdays resolve to the latest such day
// on or before publication; dates without a year to the latest such date no later than a day
// after publication.
import type { Lang } from '../types.js';
import type { Token } from './normalize.js';

/** Words that make a month the start of a war or campaign ("since", "began", "Beginn", "منذ"). */
const WAR_BROKE_OUT = new Set(['ausgebrochen', 'begann', 'began', 'started', 'erupted', 'broke', 'eclate', 'éclaté', 'commence', 'commencé', 'estallo', 'estalló', 'comenzo', 'comenzó', 'اندلعت', 'اندلع', 'بدأت', 'بدأ']);
const WAR_START = new Set(['since', 'began', 'begun', 'start', 'started', 'outbreak', 'erupted', 'broke', 'eclate', 'commence', 'begann', 'estallo', 'comenzo', 'اندلعت', 'بدأت', 'depuis', 'debut', 'début', 'seit', 'beginn', 'ausbruch', 'desde', 'inicio', 'comienzo', 'estallido', 'منذ', 'بدء', 'بداية', 'اندلاع']);
const DAY = 86_400_000;

export interface DayMention {
  day: number;
  /** index of the token where the expression starts */
  at: number;
  /** an explicit calendar date (not a weekday or "yesterday") */
  explicit: boolean;
  /** a period, not a day: "in August", "two weeks ago" - the day is its middle, give or take this */
  tol?: number;
}

// weekday index: 0 Sunday .. 6 Saturday (folded forms; German compounds like "dienstagabend" too)
const WEEKDAYS: Array<[string[], number]> = [
  [['sunday', 'dimanche', 'sonntag', 'domingo', 'الاحد'], 0],
  [['monday', 'lundi', 'montag', 'lunes', 'الاثنين', 'الإثنين', 'الاتنين'], 1],
  [['tuesday', 'mardi', 'dienstag', 'martes', 'الثلاثاء', 'الثلاثا'], 2],
  [['wednesday', 'mercredi', 'mittwoch', 'miercoles', 'الاربعاء'], 3],
  [['thursday', 'jeudi', 'donnerstag', 'jueves', 'الخميس'], 4],
  [['friday', 'vendredi', 'freitag', 'viernes', 'الجمعه'], 5],
  [['saturday', 'samedi', 'samstag', 'sabado', 'السبت'], 6],
];
const WEEKDAY = new Map<string, number>();
for (const [names, d] of WEEKDAYS) for (const n of names) WEEKDAY.set(n.replace(/[إأ]/g, 'ا'), d);
const DE_DAYPARTS = /^(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)(s|morgen|fruh|vormittag|mittag|nachmittag|abend|nacht)$/;

const MONTHS: Array<[string[], number]> = [
  [['january', 'jan', 'janvier', 'janv', 'januar', 'janner', 'enero', 'ene', 'يناير', 'كانون الثاني'], 0],
  [['february', 'feb', 'fevrier', 'fevr', 'februar', 'febrero', 'فبراير', 'شباط'], 1],
  [['march', 'mar', 'mars', 'marz', 'marzo', 'مارس', 'اذار'], 2],
  [['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'ابريل', 'نيسان'], 3],
  [['may', 'mai', 'mayo', 'مايو', 'ايار'], 4],
  [['june', 'jun', 'juin', 'juni', 'junio', 'يونيو', 'يونيه', 'حزيران'], 5],
  [['july', 'jul', 'juillet', 'juil', 'juli', 'julio', 'يوليو', 'يوليه', 'تموز'], 6],
  [['august', 'aug', 'aout', 'agosto', 'ago', 'اغسطس', 'آب', 'اب'], 7],
  [['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre', 'سبتمبر', 'ايلول'], 8],
  [['october', 'oct', 'octobre', 'oktober', 'okt', 'octubre', 'اكتوبر', 'تشرين الاول'], 9],
  [['november', 'nov', 'novembre', 'noviembre', 'نوفمبر', 'تشرين الثاني'], 10],
  [['december', 'dec', 'decembre', 'dezember', 'dez', 'diciembre', 'dic', 'ديسمبر', 'كانون الاول'], 11],
];
/** single-token month names; two-token Levantine names keyed by their first token */
const MONTH = new Map<string, number>();
const MONTH2 = new Map<string, Array<[string, number]>>();
for (const [names, m] of MONTHS) {
  for (const n of names) {
    const parts = n.replace(/[إأآ]/g, 'ا').split(' ');
    if (parts.length === 1) MONTH.set(parts[0], m);
    else MONTH2.set(parts[0], [...(MONTH2.get(parts[0]) ?? []), [parts[1], m]]);
  }
}
// "may"/"mar"/"jun" etc. are also words; short forms count only next to a day number.
const AMBIGUOUS_MONTH = new Set(['may', 'mar', 'mai', 'jun', 'jul', 'ago', 'dec', 'sep', 'ene', 'dic', 'abr', 'اب']);

const YESTERDAY = new Set(['yesterday', 'hier', 'gestern', 'ayer', 'امس', 'البارحه']);
const TODAY = new Set(['today', 'aujourd', 'heute', 'hoy', 'اليوم']);
/** "overnight", "last night", "dans la nuit", "in der Nacht", "anoche", "الليلة الماضية" */
const LAST_NIGHT = new Set(['overnight', 'anoche', 'vergangene', 'letzte']);

/** Strip Arabic clitics from a day or month word (و, ف, ب, ل, يوم). */
function arabicBase(f: string): string[] {
  const out = [f];
  let t = f;
  if (t.length > 3 && /^[وف]/.test(t)) { t = t.slice(1); out.push(t); }
  if (t.length > 3 && /^[بل]/.test(t)) { t = t.slice(1); out.push(t); }
  if (t.startsWith('لل')) out.push('ال' + t.slice(2));
  return out;
}

function weekdayOf(f: string): number | undefined {
  const d = WEEKDAY.get(f);
  if (d != null) return d;
  const m = DE_DAYPARTS.exec(f);
  if (m) return WEEKDAY.get(m[1]);
  if (/[\u0600-\u06FF]/.test(f)) for (const v of arabicBase(f)) { const x = WEEKDAY.get(v); if (x != null) return x; }
  return undefined;
}

function monthAt(tokens: Token[], i: number): { month: number; len: number } | null {
  const t = tokens[i];
  if (!t) return null;
  const f = t.f.replace(/\.$/, '');
  const bases = /[\u0600-\u06FF]/.test(f) ? arabicBase(f) : [f];
  for (const b of bases) {
    const two = MONTH2.get(b);
    if (two && tokens[i + 1]) for (const [second, m] of two) if (tokens[i + 1].f === second) return { month: m, len: 2 };
    const m = MONTH.get(b);
    if (m != null) return { month: m, len: 1 };
  }
  return null;
}

const dayNum = (s: string) => (/^\d{1,2}$/.test(s) ? Number(s) : NaN);

/** Latest date with that month and day no later than a day after `pubDay` (or in `year`). */
function resolveDate(month: number, dom: number, pubDay: number, year?: number): number | null {
  if (!(dom >= 1 && dom <= 31)) return null;
  if (year != null) {
    const t = Date.UTC(year, month, dom);
    return Number.isFinite(t) ? Math.floor(t / DAY) : null;
  }
  const pubYear = new Date(pubDay * DAY).getUTCFullYear();
  for (const y of [pubYear + 1, pubYear, pubYear - 1]) {
    const d = Math.floor(Date.UTC(y, month, dom) / DAY);
    if (d <= pubDay + 1) return d;
  }
  return null;
}

/**
 * Days the text refers to, resolved against the publication time (ms). Weekdays more than six
 * days back cannot be told apart from the week before, so they resolve within the last week.
 */
export function findDays(tokens: Token[], lang: Lang, published: number | null, text?: string): DayMention[] {
  if (published == null) return [];
  const pubDay = Math.floor(published / DAY);
  const pubDow = new Date(published).getUTCDay();
  const out: DayMention[] = [];
  const yearAfter = (k: number) => {
    const t = tokens[k];
    return t && /^(19|20)\d\d$/.test(t.f) ? Number(t.f) : undefined;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const f = t.f;
    // numeric dates: 2024-08-24, 24.08.2024, 24/08/2024 (8/24/2024 in English), "am 24.8."
    if (text && /^\d{1,4}$/.test(f)) {
      const num = numericDate(tokens, i, text, lang, pubDay);
      if (num) {
        out.push({ day: num.day, at: i, explicit: true });
        i += num.len - 1;
        continue;
      }
    }
    // explicit dates: "24 August", "24. August", "24 de agosto", "24 آب", "August 24", "Aug. 24"
    const n = dayNum(f);
    if (!Number.isNaN(n)) {
      let j = i + 1;
      if (tokens[j] && tokens[j].f === 'de' && lang === 'es') j++;
      const m = monthAt(tokens, j);
      if (m && !(AMBIGUOUS_MONTH.has(tokens[j].f) && (lang === 'en' || tokens[j].f === 'may') && !/^\p{Lu}/u.test(tokens[j].raw))) {
        const d = resolveDate(m.month, n, pubDay, yearAfter(j + m.len) ?? (tokens[j + m.len]?.f === 'de' ? yearAfter(j + m.len + 1) : undefined));
        if (d != null) out.push({ day: d, at: i, explicit: true });
        i = j + m.len - 1;
        continue;
      }
      continue;
    }
    const m = monthAt(tokens, i);
    if (m) {
      const next = tokens[i + m.len];
      const dom = next ? dayNum(next.f) : NaN;
      if (!Number.isNaN(dom) && !(next && tokens[i + m.len + 1] && /^\d/.test(tokens[i + m.len + 1].f) && !/^(19|20)\d\d$/.test(tokens[i + m.len + 1].f))) {
        if (AMBIGUOUS_MONTH.has(f) && !/^\p{Lu}/u.test(t.raw) && !/[\u0600-\u06FF]/.test(f)) continue;
        const d = resolveDate(m.month, dom, pubDay, yearAfter(i + m.len + 1));
        if (d != null) out.push({ day: d, at: i, explicit: true });
        i += m.len;
        continue;
      }
      // a month alone: "in August", "en août", "im August", "en agosto", "في أغسطس"
      const prev = tokens[i - 1]?.f;
      const ambiguous = AMBIGUOUS_MONTH.has(f) || (lang === 'en' && f === 'march');
      if (prev && MONTH_PREPS.has(prev) && (!ambiguous || /^\p{Lu}/u.test(t.raw)) && (/[\u0600-\u06FF]/.test(f) || f.length >= 3)) {
        const year = yearAfter(i + m.len);
        const pubMonth = new Date(pubDay * DAY);
        let y = year ?? pubMonth.getUTCFullYear();
        if (year == null && m.month > pubMonth.getUTCMonth()) y--;
        const start = Math.floor(Date.UTC(y, m.month, 1) / DAY);
        const end = Math.floor(Date.UTC(y, m.month + 1, 1) / DAY) - 1;
        // "since the conflict began in November 2020", "seit Beginn des Kriegs im November": when a
        // war started, not when the reported event happened
        const startsWar = tokens.slice(Math.max(0, i - 6), i).some((x) => WAR_START.has(x.f)) || tokens.slice(i + m.len, i + m.len + 3).some((x) => WAR_BROKE_OUT.has(x.f));
        if (start <= pubDay && !startsWar) out.push({ day: Math.floor((start + Math.min(end, pubDay)) / 2), at: i, explicit: false, tol: Math.ceil((Math.min(end, pubDay) - start) / 2) + 1 });
      }
      i += m.len - 1;
      continue;
    }
    // "two weeks ago", "il y a deux semaines", "vor zwei Wochen", "hace dos semanas", "قبل أسبوعين"
    const ago = agoAt(tokens, i);
    if (ago) {
      out.push({ day: pubDay - ago.days, at: i, explicit: false, tol: ago.tol });
      i += ago.len - 1;
      continue;
    }
    const wd = weekdayOf(f);
    if (wd != null) {
      // "last Tuesday"/"mardi dernier" still resolve within the week; "next Tuesday" is no event day
      const prev = tokens[i - 1]?.f;
      const nextTok = tokens[i + 1]?.f;
      if (prev === 'next' || prev === 'prochain' || prev === 'nachsten' || prev === 'kommenden' || nextTok === 'prochain' || nextTok === 'proximo' || prev === 'proximo') continue;
      const back = (pubDow - wd + 7) % 7;
      out.push({ day: pubDay - back, at: i, explicit: false });
      continue;
    }
    if (YESTERDAY.has(f) || (/[\u0600-\u06FF]/.test(f) && arabicBase(f).some((v) => YESTERDAY.has(v)))) {
      out.push({ day: pubDay - 1, at: i, explicit: false });
      continue;
    }
    if (TODAY.has(f)) {
      out.push({ day: pubDay, at: i, explicit: false });
      continue;
    }
    if (LAST_NIGHT.has(f) && (f === 'overnight' || f === 'anoche' || tokens[i + 1]?.f === 'nacht')) {
      out.push({ day: pubDay, at: i, explicit: false });
    }
  }
  return out;
}

function validDay(y: number, m: number, d: number): number | null {
  if (!(m >= 1 && m <= 12 && d >= 1 && d <= 31 && y >= 1990 && y <= 2100)) return null;
  const t = Date.UTC(y, m - 1, d);
  const back = new Date(t);
  return back.getUTCDate() === d ? Math.floor(t / DAY) : null;
}

/** A date written in digits at token i, with the separators the text has between the tokens. */
function numericDate(tokens: Token[], i: number, text: string, lang: Lang, pubDay: number): { day: number; len: number } | null {
  const sep = (k: number) => {
    const a = tokens[k];
    const b = tokens[k + 1];
    return a && b ? text.slice(a.start + a.raw.length, b.start) : '';
  };
  const num = (k: number) => (tokens[k] && /^\d+$/.test(tokens[k].f) ? tokens[k].f : null);
  const [x, y, z] = [num(i), num(i + 1), num(i + 2)];
  if (x == null || y == null) return null;
  const s1 = sep(i);
  const s2 = z != null ? sep(i + 1) : '';
  if (!['.', '/', '-'].includes(s1)) return null;
  // ISO
  if (x.length === 4 && z != null && s1 === '-' && s2 === '-') {
    const d = validDay(Number(x), Number(y), Number(z));
    return d == null ? null : { day: d, len: 3 };
  }
  if (x.length > 2 || y.length > 2) return null;
  if (z != null && z.length === 4 && s2 === s1) {
    let [dd, mm] = [Number(x), Number(y)];
    if (lang === 'en' && s1 === '/' && dd <= 12) [dd, mm] = [mm, dd];
    const d = validDay(Number(z), mm, dd);
    return d == null ? null : { day: d, len: 3 };
  }
  // German day and month without a year: "am 24.8." / "24.08."
  if (lang === 'de' && s1 === '.') {
    const after = tokens[i + 1].start + tokens[i + 1].raw.length;
    if (text[after] === '.' && !/\d/.test(text[after + 1] ?? '')) {
      const d = resolveDate(Number(y) - 1, Number(x), pubDay);
      return d == null ? null : { day: d, len: 2 };
    }
  }
  return null;
}

const MONTH_PREPS = new Set(['in', 'since', 'during', 'early', 'late', 'mid', 'last', 'this', 'the', 'of', 'en', 'd', 'le', 'la', 'der', 'des', 'del', 'el', 'depuis', 'debut', 'fin', 'mi', 'im', 'seit', 'ende', 'anfang', 'mitte', 'de', 'desde', 'durante', 'finales', 'principios', 'mediados', 'في', 'منذ', 'خلال', 'مطلع', 'اواخر', 'اوائل', 'منتصف', 'شهر']);

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, ten: 10, few: 3, several: 3,
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six_: 6, dix: 10, quelques: 3, plusieurs: 3,
  einer: 1, einem: 1, zwei: 2, drei: 3, vier: 4, funf: 5, sechs: 6, zehn: 10, wenigen: 3, mehreren: 3,
  uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, diez: 10, unos: 3, unas: 3, varias: 3, varios: 3,
};
const DAY_UNITS = new Set(['day', 'days', 'jour', 'jours', 'tag', 'tagen', 'dia', 'dias']);
const WEEK_UNITS = new Set(['week', 'weeks', 'semaine', 'semaines', 'woche', 'wochen', 'semana', 'semanas']);

/** "N days/weeks ago" in the five languages at token i: how many days back, give or take. */
function agoAt(tokens: Token[], i: number): { days: number; tol: number; len: number } | null {
  const f = (k: number) => tokens[k]?.f ?? '';
  const num = (w: string) => (/^\d{1,2}$/.test(w) ? Number(w) : NUMBER_WORDS[w]);
  const span = (n: number, unit: string) => (WEEK_UNITS.has(unit) ? { days: 7 * n, tol: 2 + 2 * n } : DAY_UNITS.has(unit) ? { days: n, tol: 1 + Math.floor(n / 3) } : null);
  // en: "two weeks ago" / "a week ago" (also "more than two weeks ago": the count is what is said)
  if (num(f(i)) != null && f(i + 2) === 'ago') { const r = span(num(f(i))!, f(i + 1)); return r && { ...r, len: 3 }; }
  // fr: "il y a deux semaines" / "il y a plus de deux semaines"
  if (f(i) === 'il' && f(i + 1) === 'y' && f(i + 2) === 'a') {
    let k = i + 3;
    if (f(k) === 'plus' && f(k + 1) === 'de' || f(k) === 'pres' && f(k + 1) === 'de') k += 2;
    const n = num(f(k));
    if (n != null) { const r = span(n, f(k + 1)); return r && { ...r, len: k + 2 - i }; }
  }
  // de: "vor zwei Wochen" / "vor mehr als zwei Wochen"
  if (f(i) === 'vor') {
    let k = i + 1;
    if (f(k) === 'mehr' && f(k + 1) === 'als' || f(k) === 'knapp' || f(k) === 'gut' || f(k) === 'rund') k += f(k) === 'mehr' ? 2 : 1;
    const n = num(f(k));
    if (n != null) { const r = span(n, f(k + 1)); return r && { ...r, len: k + 2 - i }; }
    if (WEEK_UNITS.has(f(k)) || DAY_UNITS.has(f(k))) return null;
  }
  // es: "hace dos semanas" / "hace más de dos semanas"
  if (f(i) === 'hace') {
    let k = i + 1;
    if (f(k) === 'mas' && f(k + 1) === 'de' || f(k) === 'casi') k += f(k) === 'mas' ? 2 : 1;
    const n = num(f(k));
    if (n != null) { const r = span(n, f(k + 1)); return r && { ...r, len: k + 2 - i }; }
  }
  // ar: "قبل أسبوعين" / "قبل أسبوع" / "قبل ثلاثة أسابيع" / "قبل 10 أيام"
  if (f(i) === 'قبل') {
    const w = f(i + 1);
    if (w === 'اسبوع') return { days: 7, tol: 4, len: 2 };
    if (w === 'اسبوعين') return { days: 14, tol: 6, len: 2 };
    const AR_NUM: Record<string, number> = { ثلاثه: 3, اربعه: 4, خمسه: 5, سته: 6, عشره: 10 };
    const n = /^\d{1,2}$/.test(w) ? Number(w) : AR_NUM[w];
    if (n != null) {
      const u = f(i + 2);
      if (u === 'اسابيع') return { days: 7 * n, tol: 2 + 2 * n, len: 3 };
      if (u === 'ايام' || u === 'يوما') return { days: n, tol: 1 + Math.floor(n / 3), len: 3 };
    }
  }
  // "last month", "le mois dernier", "vergangenen/letzten Monat", "el mes pasado", "الشهر الماضي"
  if ((f(i) === 'last' && f(i + 1) === 'month') || (f(i) === 'mois' && f(i + 1) === 'dernier') || ((f(i) === 'vergangenen' || f(i) === 'letzten') && f(i + 1) === 'monat') || (f(i) === 'mes' && f(i + 1) === 'pasado') || (f(i) === 'الشهر' && f(i + 1) === 'الماضي')) {
    return { days: 30, tol: 18, len: 2 };
  }
  // "earlier this month", "plus tôt ce mois-ci", "Anfang des Monats", "a principios de mes", "مطلع الشهر"
  if ((f(i) === 'earlier' && f(i + 1) === 'this' && f(i + 2) === 'month') || (f(i) === 'debut' && f(i + 1) === 'du' && f(i + 2) === 'mois') || (f(i) === 'anfang' && f(i + 1) === 'des' && f(i + 2) === 'monats') || (f(i) === 'principios' && f(i + 1) === 'de' && f(i + 2) === 'mes') || ((f(i) === 'مطلع' || f(i) === 'اوائل' || f(i) === 'بدايه') && f(i + 1) === 'الشهر')) {
    return { days: 10, tol: 10, len: f(i).length > 0 && /[\u0600-\u06FF]/.test(f(i)) ? 2 : 3 };
  }
  // "last week", "la semaine dernière", "vergangene/letzte Woche", "la semana pasada", "الأسبوع الماضي"
  if ((f(i) === 'last' && f(i + 1) === 'week') || (f(i) === 'semaine' && f(i + 1) === 'derniere') || ((f(i) === 'vergangene' || f(i) === 'vergangenen' || f(i) === 'letzte' || f(i) === 'letzten') && f(i + 1) === 'woche') || (f(i) === 'semana' && f(i + 1) === 'pasada') || (f(i) === 'الاسبوع' && f(i + 1) === 'الماضي')) {
    return { days: 7, tol: 4, len: 2 };
  }
  return null;
}
