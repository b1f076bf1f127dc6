import axe from 'axe-core';

/**
 * Runs axe on a rendered container with the WCAG 2.x A/AA rules and returns readable
 * violations ("rule: help (selector)"), so a failing test says what a person would hit.
 * Colour contrast is left to the browser lane: jsdom does not compute styles.
 */
export async function axeViolations(container: Element): Promise<string[]> {
  const result = await axe.run(container, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  });
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${v.help} (${n.target.join(' ')})`));
}
