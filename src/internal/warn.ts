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

const said = new Set<string>();

/** A development-only console warning, said once per message. Silent in production. */
export function devWarn(message: string): void {
  if (!isDev || said.has(message)) return;
  said.add(message);
  console.warn(`[article-kit] ${message}`);
}
