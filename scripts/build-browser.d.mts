/** The module's file name in the output folder. */
export const BROWSER_FILE: string;

/** Options of {@link buildBrowser}. */
export interface BuildBrowserOptions {
  /** Where article-kit.js goes, relative to the repository. @default 'dist/browser' */
  outDir?: string;
  /** Also write article-kit.d.ts. @default true */
  types?: boolean;
  /** Vite's log level. @default 'warn' */
  logLevel?: 'info' | 'warn' | 'error' | 'silent';
}

/** Builds `article-kit/browser`; returns the module's path and its minified and gzip (level 9) sizes. */
export function buildBrowser(options?: BuildBrowserOptions): Promise<{ file: string; bytes: number; gzip: number }>;
