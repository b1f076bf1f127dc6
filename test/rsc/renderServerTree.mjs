// Renders article-kit trees the way a React Server Components server does, without a
// framework: run with `node --conditions=react-server`, so `react` is React's server build (no
// createContext, useState, useEffect …). Modules that start with 'use client' become client
// references, as a bundler makes them, and a client component's props must be serialisable, as
// React's Flight protocol requires. Prints one JSON line:
// { [case]: { markup, clientComponents, problems } }.
//
// Usage: NODE_ENV=production node --conditions=react-server test/rsc/renderServerTree.mjs [case …]
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CLIENT_REFERENCE = Symbol.for('react.client.reference');
const ELEMENT = new Set([Symbol.for('react.transitional.element'), Symbol.for('react.element')]);
const FRAGMENT = Symbol.for('react.fragment');
const FORWARD_REF = Symbol.for('react.forward_ref');
const MEMO = Symbol.for('react.memo');

/** Replaces a 'use client' module with references to its exports, as RSC bundlers do. */
const clientReferences = {
  name: 'article-kit-client-references',
  enforce: 'pre',
  transform(code, id) {
    if (!/^\s*(['"])use client\1/.test(code)) return undefined;
    const names = [...code.matchAll(/^export\s+(?:async\s+)?(?:function|const|class)\s+(\w+)/gm)].map((m) => m[1]);
    const file = path.relative(root, id.split('?')[0]);
    const reference = (name) =>
      `export const ${name} = { $$typeof: Symbol.for('react.client.reference'), $$id: ${JSON.stringify(`${file}#${name}`)} };`;
    return { code: names.map(reference).join('\n'), map: null };
  },
};

let problems = [];
let clientComponents = new Set();

function escape(text) {
  return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function label(type) {
  return type.displayName || type.name || 'Anonymous';
}

/** Server components are called; host elements become markup; client components are boundaries. */
async function render(node, at) {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string' || typeof node === 'number' || typeof node === 'bigint') return escape(node);
  if (Array.isArray(node)) return (await Promise.all(node.map((child, i) => render(child, `${at}[${i}]`)))).join('');
  if (typeof node.then === 'function') return render(await node, at);
  if (!ELEMENT.has(node.$$typeof)) {
    problems.push(`${at}: an object that React cannot render`);
    return '';
  }
  const { type, props } = node;
  if (typeof type === 'string') {
    let attrs = '';
    for (const [key, value] of Object.entries(props)) {
      if (key === 'children' || key === 'dangerouslySetInnerHTML' || value === undefined || value === false) continue;
      if (typeof value === 'function') problems.push(`${at}: event handler ${key} on <${type}> in a server component`);
      else attrs += ` ${key}="${escape(typeof value === 'object' ? JSON.stringify(value) : value)}"`;
    }
    const inner = props.dangerouslySetInnerHTML
      ? props.dangerouslySetInnerHTML.__html
      : await render(props.children, `${at}>${type}`);
    return `<${type}${attrs}>${inner}</${type}>`;
  }
  if (type === FRAGMENT) return render(props.children, at);
  if (type && type.$$typeof === CLIENT_REFERENCE) return renderClient(type, props, at);
  if (type && type.$$typeof === FORWARD_REF) return render(await type.render(props, null), `${at}>${label(type)}`);
  if (type && type.$$typeof === MEMO) return render({ ...node, type: type.type }, at);
  if (typeof type === 'function') return render(await type(props), `${at}>${label(type)}`);
  problems.push(`${at}: element type ${String(type?.$$typeof ?? type)} is not available in a server component`);
  return '';
}

/** A client component: its props cross to the browser, so they must be serialisable. */
async function renderClient(type, props, at) {
  clientComponents.add(type.$$id);
  let children = '';
  const walk = async (value, path) => {
    if (value === null || value === undefined || ['string', 'number', 'boolean', 'bigint'].includes(typeof value)) {
      return value;
    }
    if (value.$$typeof === CLIENT_REFERENCE) return { clientReference: value.$$id };
    if (typeof value === 'function' || typeof value === 'symbol') {
      problems.push(`${path}: ${typeof value}s cannot be passed to client components`);
      return null;
    }
    if (ELEMENT.has(value.$$typeof)) {
      // Elements handed to a client component are rendered on the server first.
      const html = await render(value, path);
      children += html;
      return { element: html };
    }
    if (Array.isArray(value)) return Promise.all(value.map((item, i) => walk(item, `${path}[${i}]`)));
    if (value instanceof Date) return value.toISOString();
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      problems.push(`${path}: ${proto?.constructor?.name ?? 'class'} instances cannot be passed to client components`);
      return null;
    }
    const out = {};
    for (const [key, item] of Object.entries(value)) out[key] = await walk(item, `${path}.${key}`);
    return out;
  };
  const data = await walk(props, `${at}>${type.$$id.split('#')[1]}`);
  return `<client-component id="${escape(type.$$id)}" props="${escape(JSON.stringify(data))}">${children}</client-component>`;
}

const vite = await createServer({
  configFile: false,
  root,
  logLevel: 'silent',
  mode: 'production',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, ws: false },
  plugins: [clientReferences],
  resolve: { conditions: ['react-server'] },
  ssr: { resolve: { conditions: ['react-server'], externalConditions: ['react-server'] } },
});

const results = {};
try {
  const React = await import('react');
  if (typeof React.createContext === 'function' || typeof React.useState === 'function') {
    throw new Error('react did not resolve to its server build: run node with --conditions=react-server');
  }
  const { cases } = await vite.ssrLoadModule('/test/rsc/serverPages.tsx');
  const names = process.argv.length > 2 ? process.argv.slice(2) : Object.keys(cases);
  for (const name of names) {
    problems = [];
    clientComponents = new Set();
    let markup = '';
    try {
      if (!cases[name]) throw new Error(`unknown case ${name}`);
      markup = await render(cases[name](), 'page');
    } catch (error) {
      problems.push(`threw: ${error?.stack ?? error}`);
    }
    results[name] = { markup, clientComponents: [...clientComponents].sort(), problems };
  }
} finally {
  await vite.close();
}
process.stdout.write(JSON.stringify(results) + '\n');
