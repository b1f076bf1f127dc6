// @vitest-environment node
import { JsonSyntaxError, parseJson } from './json';

/** The error parseJson throws for the text. */
function failure(text: string): JsonSyntaxError {
  try {
    parseJson(text);
  } catch (error) {
    expect(error).toBeInstanceOf(JsonSyntaxError);
    return error as JsonSyntaxError;
  }
  throw new Error(`parsed: ${text}`);
}

describe('parseJson', () => {
  it('parses JSON, ignoring a byte order mark', () => {
    expect(parseJson('{"title": "KI-Gipfel"}')).toEqual({ title: 'KI-Gipfel' });
    expect(parseJson('\uFEFF[1, 2]')).toEqual([1, 2]);
  });

  it('gives line and column of a token JSON does not allow', () => {
    const error = failure('{\n  "title": "KI-Gipfel",\n  "blocks": [wahr]\n}');
    expect(error.line).toBe(3);
    expect(error.column).toBe(14);
    expect(error.message).toBe("invalid JSON at line 3, column 14: unexpected token 'w'");
    // `n` may begin `null`: JSON refuses the `i`.
    expect(failure('[nichts]').message).toBe("invalid JSON at line 1, column 3: unexpected token 'i'");
  });

  it('finds the token far into a long file, where Node quotes only a snippet', () => {
    const text = `{\n"lead": "${'Text '.repeat(400)}",\n"title": 'einfach'\n}`;
    const error = failure(text);
    expect([error.line, error.column]).toEqual([3, 10]);
  });

  it('gives the place of mistakes Node reports by offset', () => {
    expect(failure('{"title": "a",}').message).toBe(
      'invalid JSON at line 1, column 15: expected double-quoted property name',
    );
    expect(failure('{"title": "a"} {}').message).toMatch(
      /^invalid JSON at line 1, column 16: unexpected non-whitespace/,
    );
  });

  it('points after the last character when the text ends too soon', () => {
    const error = failure('{\n  "title": "a"');
    expect([error.line, error.column]).toEqual([2, 15]);
    expect(failure('').message).toBe('invalid JSON at line 1, column 1: unexpected end of JSON input');
  });
});
