// Classic cross-site scripting vectors, each calling window.__xss(<id>) so that an execution in
// the browser is recorded with the payload that caused it. Used in every string field of an
// Article and of the newsletter props.

const call = (id: number) => `__xss(${id})`;

const builders: ((id: number) => string)[] = [
  (n) => `<script>${call(n)}</script>`,
  (n) => `<SCRIPT>${call(n)}</SCRIPT>`,
  (n) => `"><script>${call(n)}</script>`,
  (n) => `'><script>${call(n)}</script>`,
  (n) => `</script><script>${call(n)}</script>`,
  (n) => `</ScRiPt ><script>${call(n)}</script>`,
  (n) => `<!--</script><script>${call(n)}</script>-->`,
  (n) => `<img src=x onerror=${call(n)}>`,
  (n) => `<img src="x" onerror="${call(n)}">`,
  (n) => `<IMG SRC=x ONERROR=${call(n)}>`,
  (n) => `" onmouseover="${call(n)}" x="`,
  (n) => `' onfocus='${call(n)}' autofocus x='`,
  (n) => `<svg onload=${call(n)}>`,
  (n) => `<svg><script>${call(n)}</script></svg>`,
  (n) => `<svg><a xlink:href="javascript:${call(n)}"><text>x</text></a></svg>`,
  (n) => `<body onload=${call(n)}>`,
  (n) => `<iframe src="javascript:${call(n)}"></iframe>`,
  (n) => `<iframe srcdoc="<script>parent.${call(n)}</script>"></iframe>`,
  (n) => `<details open ontoggle=${call(n)}>`,
  (n) => `<input autofocus onfocus=${call(n)}>`,
  (n) => `<video><source onerror=${call(n)}></video>`,
  (n) => `<math><mtext><table><mglyph><style><img src=x onerror=${call(n)}>`,
  (n) => `<a href="javascript:${call(n)}">x</a>`,
  (n) => `javascript:${call(n)}`,
  (n) => `JaVaScRiPt:${call(n)}`,
  (n) => ` javascript:${call(n)}`,
  (n) => `java\tscript:${call(n)}`,
  (n) => `java\nscript:${call(n)}`,
  (n) => `\u0001javascript:${call(n)}`,
  (n) => `javascript&colon;${call(n)}`,
  (n) => `&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;${call(n)}`,
  (n) => `&#x6A;avascript:${call(n)}`,
  (n) => `jav&#x09;ascript:${call(n)}`,
  (n) => `vbscript:${call(n)}`,
  (n) => `VBScript:${call(n)}`,
  (n) => `data:text/html,<script>${call(n)}</script>`,
  (n) => `data:text/html;base64,${btoa(`<script>${call(n)}</script>`)}`,
  (n) => `DATA:image/svg+xml,<svg onload=${call(n)}>`,
  (n) => `\\u003cscript\\u003e${call(n)}\\u003c/script\\u003e`,
  (n) => `{"@context":"x"}</script><script>${call(n)}</script>`,
  (n) => `\u2028</script><script>${call(n)}</script>`,
  (n) => `<style>@import 'javascript:${call(n)}';</style>`,
  (n) => `<object data="javascript:${call(n)}"></object>`,
  (n) => `<embed src="javascript:${call(n)}">`,
  (n) => `<form action="javascript:${call(n)}"><button>x</button></form>`,
  (n) => `<meta http-equiv="refresh" content="0;url=javascript:${call(n)}">`,
  (n) => `<base href="javascript:${call(n)}//">`,
  (n) => `<x onclick=${call(n)} style="position:fixed;inset:0">x</x>`,
];

export interface Payload {
  id: number;
  text: string;
}

export const payloads: Payload[] = builders.map((build, i) => ({ id: i + 1, text: build(i + 1) }));

/** URL schemes that must never reach an href, src, action or formaction. */
export const DANGEROUS_SCHEME = /^\s*(javascript|vbscript|data|blob|file):/i;
