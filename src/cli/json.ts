// JSON.parse with a location a person can go to: Node's messages give a character offset for most
// mistakes and none at all for an unexpected token, and an offset is of little use in an editor.

/** A JSON syntax error at a 1-based line and column. */
export class JsonSyntaxError extends SyntaxError {
  readonly line: number;
  readonly column: number;

  constructor(reason: string, line: number, column: number) {
    super(`invalid JSON at line ${line}, column ${column}: ${reason}`);
    this.name = 'JsonSyntaxError';
    this.line = line;
    this.column = column;
  }
}

const END = /^Unexpected end of JSON input/;
const POSITION = / (?:in JSON )?at position (\d+)/;

/** True when parsing `text` fails at a character of it, not merely because it ends too soon. */
function failsInside(text: string): boolean {
  try {
    JSON.parse(text);
    return false;
  } catch (error) {
    const { message } = error as Error;
    if (END.test(message)) return false;
    const position = POSITION.exec(message);
    return position ? Number(position[1]) < text.length : true;
  }
}

/**
 * The offset of the first character JSON.parse refuses. A prefix of the text fails inside itself
 * exactly when it contains that character, so the shortest such prefix is found by bisection:
 * a few parses, only on the error path.
 */
function errorOffset(text: string, message: string): number {
  const position = POSITION.exec(message);
  if (position) return Number(position[1]);
  if (END.test(message)) return text.length;
  let low = 1;
  let high = text.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (failsInside(text.slice(0, mid))) high = mid;
    else low = mid + 1;
  }
  return low - 1;
}

/** The reason without Node's position or its quote of the text. */
function reason(message: string): string {
  const text = message.replace(POSITION, '').replace(/, (?:\.\.\.)?".*" is not valid JSON$/s, '');
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * Parses JSON text; a leading byte order mark is ignored. Throws {@link JsonSyntaxError} with the
 * line and column of the mistake.
 */
export function parseJson(source: string): unknown {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  try {
    return JSON.parse(text);
  } catch (error) {
    const { message } = error as Error;
    const offset = Math.min(errorOffset(text, message), text.length);
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - (before.lastIndexOf('\n') + 1) + 1;
    throw new JsonSyntaxError(reason(message), line, column);
  }
}
