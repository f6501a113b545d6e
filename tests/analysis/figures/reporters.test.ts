// Canonical reporter names from config/reporters.json, and the table's shape.
import { describe, expect, it } from 'vitest';
import { canonicalReporter, defaultReporterTable, findReporterMentions, type ReporterTable } from '../../../src/analysis/figures/index.js';

describe('canonicalReporter', () => {
  const cases: [string, string][] = [
    ['SOHR', 'Syrian Observatory for Human Rights'],
    ['the OSDH', 'Syrian Observatory for Human Rights'],
    ['a Britain-based war monitor', 'Syrian Observatory for Human Rights'],
    ['the UK-based monitoring group', 'Syrian Observatory for Human Rights'],
    ["l'Observatoire syrien des droits de l'homme", 'Syrian Observatory for Human Rights'],
    ['die Syrische Beobachtungsstelle für Menschenrechte', 'Syrian Observatory for Human Rights'],
    ['المرصد السوري لحقوق الإنسان', 'Syrian Observatory for Human Rights'],
    ['the U.N. Office for the Coordination of Humanitarian Affairs', 'UN OCHA'],
    ['OCHA', 'UN OCHA'],
    ['the official Sana agency', 'Syrian state media (SANA)'],
    ['the White Helmets', 'White Helmets (Syria Civil Defence)'],
    ['Syria Civil Defence', 'White Helmets (Syria Civil Defence)'],
    ["Gaza's Hamas-run health ministry", 'Gaza Health Ministry'],
    ['el Ministerio de Sanidad de Gaza', 'Gaza Health Ministry'],
    ['des libanesischen Gesundheitsministeriums', 'Lebanese Health Ministry'],
    ["Ukraine's defence ministry", 'Ukrainian Defence Ministry'],
    ['the Russian Defence Ministry', 'Russian Defence Ministry'],
    ['the International Committee of the Red Cross', 'International Committee of the Red Cross (ICRC)'],
    ['Doctors Without Borders', 'Médecins Sans Frontières (MSF)'],
    ['Human Rights Watch', 'Human Rights Watch'],
    ['the Sudan Doctors Network', 'Sudan Doctors Network'],
    ['the paramilitary Rapid Support Forces', 'Rapid Support Forces (RSF)'],
    ['the Assistance Association for Political Prisoners', 'Assistance Association for Political Prisoners (AAPP)'],
    ['ACLED', 'ACLED'],
    // no alias: the name as written, tidied
    ['the Turkish security sources', 'Turkish security sources'],
    ['  “Kurdish security officials”, ', 'Kurdish security officials'],
  ];
  for (const [name, canonical] of cases) it(name, () => expect(canonicalReporter(name)).toBe(canonical));

  it('matches short acronyms by case only ("who" is no WHO)', () => {
    expect(canonicalReporter('WHO')).toBe('World Health Organization (WHO)');
    expect(findReporterMentions('people who fled')).toEqual([]);
  });

  it('takes a table of its own, extendable without code', () => {
    const table: ReporterTable = { reporters: [{ name: 'Example Monitor', aliases: { en: ['the monitor of examples', 'EXM'] } }] };
    expect(canonicalReporter('according to the monitor of examples', table)).toBe('Example Monitor');
    expect(canonicalReporter('EXM', table)).toBe('Example Monitor');
    expect(canonicalReporter('SOHR', table)).toBe('SOHR');
  });

  it('has entries for many conflicts', () => {
    const names = defaultReporterTable.reporters.map((r) => r.name).join(' | ');
    for (const needle of ['Gaza', 'Ukrainian', 'Russian', 'Sudan', 'Houthi', 'Congolese', 'Myanmar', 'Malian', 'Ethiopian', 'Afghanistan', 'Iraqi', 'Syrian']) {
      expect(names).toContain(needle);
    }
  });
});
