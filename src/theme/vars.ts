// Token references for styles, as nested namespaces of string constants:
// `${vars.colors.text}` is `var(--ak-color-text, light-dark(#1b1b1f, #ececf1))`. A bundler inlines
// the few a component uses and drops the rest.
// Components import this namespace; the package exports it as `vars` from ./publicVars.
export * as vars from './cssVars';
