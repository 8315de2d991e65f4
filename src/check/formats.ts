/** Output formats of `newsx check`: a module of its own so the CLI can list them without loading the rules. */
export const CHECK_FORMATS = ['text', 'json', 'github', 'sarif'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];
