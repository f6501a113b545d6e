/**
 * Lenient date parsing for feeds: RFC 822 (with English, Portuguese, Spanish, French, German,
 * Italian and Dutch day/month names, as non-English feeds write them), ISO 8601 / W3CDTF, and
 * whatever Date.parse understands. Dates without a zone are read as UTC, so results do not depend
 * on the machine's time zone.
 */

const MONTHS: Record<string, number> = {
  jan: 1, ene: 1, gen: 1, janv: 1, jän: 1, jaen: 1,
  feb: 2, fev: 2, fév: 2, févr: 2, fevr: 2,
  mar: 3, mär: 3, maa: 3, mrz: 3,
  apr: 4, abr: 4, avr: 4,
  may: 5, mai: 5, mayo: 5, maio: 5, mag: 5, mei: 5,
  jun: 6, juin: 6, giu: 6, juni: 6,
  jul: 7, juil: 7, lug: 7, juli: 7,
  aug: 8, ago: 8, aoû: 8, aou: 8, août: 8, aout: 8,
  sep: 9, set: 9, sept: 9,
  oct: 10, out: 10, okt: 10, ott: 10,
  nov: 11,
  dec: 12, dez: 12, dic: 12, déc: 12, dek: 12,
};

const ZONES: Record<string, number> = {
  gmt: 0, ut: 0, utc: 0, z: 0, wet: 0, bst: 60, west: 60, cet: 60, met: 60, cest: 120, mest: 120, eet: 120, eest: 180, msk: 180,
  est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420, akst: -540, akdt: -480, hst: -600,
  jst: 540, kst: 540, hkt: 480, sgt: 480, awst: 480, acst: 570, aest: 600, aedt: 660, nzst: 720, nzdt: 780,
  a: 60, b: 120, c: 180, d: 240, e: 300, m: 720, n: -60, o: -120, p: -180, q: -240, r: -300, s: -360, t: -420, u: -480, y: -720,
  // "ist" is ambiguous (India/Israel/Ireland): left out on purpose, read as UTC
};

function monthFromName(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  return MONTHS[w] ?? MONTHS[w.slice(0, 4)] ?? MONTHS[w.slice(0, 3)];
}

function zoneOffsetMinutes(zone: string | undefined): number {
  if (!zone) return 0;
  const m = /^(?:gmt|utc|ut)?([+-])(\d{1,2}):?(\d{2})?$/i.exec(zone);
  if (m) return (m[1] === '-' ? -1 : 1) * (parseInt(m[2], 10) * 60 + parseInt(m[3] ?? '0', 10));
  return ZONES[zone.toLowerCase()] ?? 0;
}

const MIN_YEAR = 1970;
const MAX_YEAR = 2200;

function toIso(ms: number): string | null {
  if (!Number.isFinite(ms)) return null;
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  if (y < MIN_YEAR || y > MAX_YEAR) return null;
  return d.toISOString();
}

/** Parse a feed date to an ISO 8601 UTC string, or null if it cannot be read. */
export function parseFeedDate(input: string | null | undefined): string | null {
  if (input == null) return null;
  const s = String(input).trim().replace(/\s+/g, ' ');
  if (!s || s.length > 100) return null;

  // ISO 8601 / W3CDTF: 2024-01-02, 2024-01-02T03:04, 2024-01-02 03:04:05.123+01:00, ...Z
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|[+-]\d{2}:?\d{2}|[+-]\d{2}|[A-Za-z]{1,5})?)?$/.exec(s);
  if (iso) {
    const [, y, mo, d, h = '0', mi = '0', sec = '0', frac, zone] = iso;
    const ms = frac ? Math.round(parseFloat('0.' + frac) * 1000) : 0;
    const t = Date.UTC(+y, +mo - 1, +d, +h, +mi, +sec, ms) - zoneOffsetMinutes(zone) * 60000;
    if (+mo >= 1 && +mo <= 12 && +d >= 1 && +d <= 31) return toIso(t);
  }

  // RFC 822 family, localized: "[Seg, ]24 Set 2018 19:42:40 -0300", "Tue, 15 Nov 2022 20:15:04 Z"
  const rfc = /^(?:[^\d\s,]{1,12}[.,]?,?\s+)?(\d{1,2})\.?\s+([^\d\s.,]{3,10})\.?,?\s+(\d{2,4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?\s*(?:([A-Za-z]{1,5}|(?:GMT|UTC)?[+-]\d{1,2}:?\d{2}))?(?:\s*\(.*\))?$/.exec(s);
  if (rfc) {
    const [, d, monName, yRaw, h = '0', mi = '0', sec = '0', zone] = rfc;
    const mo = monthFromName(monName);
    let y = parseInt(yRaw, 10);
    if (yRaw.length === 2) y += y < 50 ? 2000 : 1900;
    if (mo) {
      const t = Date.UTC(y, mo - 1, +d, +h, +mi, +sec) - zoneOffsetMinutes(zone) * 60000;
      return toIso(t);
    }
  }

  // "Month day, year" and anything else Date.parse understands (treated as UTC if no zone).
  let parsed = Date.parse(s);
  if (Number.isFinite(parsed)) {
    const hasZone = /(?:Z|GMT|UTC|UT|[+-]\d{2}:?\d{2}|\b[ECMP][SD]T)\b/i.test(s);
    if (!hasZone) {
      const asUtc = Date.parse(s + ' UTC');
      if (Number.isFinite(asUtc)) parsed = asUtc;
    }
    return toIso(parsed);
  }
  return null;
}
