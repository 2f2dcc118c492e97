/**
 * The kinds of `.palabre` package, apart from the package's schema (format.ts): the renderer lists
 * them without loading the validation library that the schema needs.
 */
export const PACKAGE_KINDS = ['meeting', 'contribution', 'consolidated'] as const;
export type PackageKind = (typeof PACKAGE_KINDS)[number];
