declare const process: { env: Record<string, string | undefined> };

function readNodeEnv(): string | undefined {
  try {
    // Written out in full so the host's bundler can replace it with a literal.
    return process.env.NODE_ENV;
  } catch {
    return undefined;
  }
}

/** True outside production builds. */
export const isDev: boolean = readNodeEnv() !== 'production';

// When each message was last said. A message repeats at most every 10 seconds: re-renders do
// not flood the console, and a long-running development server still reports the next article
// with the same problem.
const said = new Map<string, number>();

/** A development-only console warning, at most once per message in 10 seconds. Silent in production. */
export function devWarn(message: string): void {
  if (!isDev) return;
  const now = Date.now();
  if (now - (said.get(message) ?? -Infinity) < 10_000) return;
  said.set(message, now);
  console.warn(`[article-kit] ${message}`);
}
