export { extractFigures, type ExtractFiguresOptions } from './extractFigures.js';
export { canonicalReporter, cleanReporterName, defaultReporterTable, findReporterMentions, type ReporterTable, type ReporterEntry } from './reporters.js';
export type { Locale, LocaleLexicon } from './locales/types.js';
