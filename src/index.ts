/** The library API: `import { analyze } from 'newsx'`. */
export { analyze, type AnalyzeOptions } from './analyze.js';
export * from './model/types.js';
export { VERSION } from './version.js';
