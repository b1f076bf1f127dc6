// Post-processing of the bundled declarations (scripts/build.mjs).

/**
 * Declarations with each TSDoc paragraph on one line: editors show the same hover text (they
 * join a paragraph's lines anyway), and the file is smaller. A one-paragraph comment becomes
 * `/** text *\/`. Lines after an `@example` tag, inside a code fence, and list items keep
 * their own lines.
 */
/** @param {string} code */
export function reflowDocComments(code) {
  return code.replace(/^([ \t]*)\/\*\*\n([\s\S]*?)\n[ \t]*\*\//gm, (_, indent, body) => {
    const lines = body.split('\n').map((line) => line.replace(/^[ \t]*\* ?/, ''));
    /** @type {string[]} */
    const out = [];
    let verbatim = false;
    let fence = false;
    for (const line of lines) {
      if (/^@\w/.test(line)) verbatim = line.startsWith('@example');
      const toggles = line.trimStart().startsWith('```');
      const starts =
        !out.length ||
        !line.trim() ||
        !out.at(-1).trim() ||
        verbatim ||
        fence ||
        toggles ||
        /^(@\w|\s*[-*] |\s*\d+\. )/.test(line);
      if (toggles) fence = !fence;
      if (starts) out.push(line);
      else out[out.length - 1] += ` ${line.trim()}`;
    }
    if (out.length === 1 && !out[0].includes('*/')) return `${indent}/** ${out[0]} */`;
    return `${indent}/**\n${out.map((line) => `${indent} *${line ? ` ${line}` : ''}`).join('\n')}\n${indent} */`;
  });
}
