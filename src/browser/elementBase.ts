// Custom element classes extend HTMLElement, which does not exist where a server imports the
// module (a Node renderer, a framework's server build): there the classes extend an empty class
// and are never defined, instead of the import throwing.
export const ElementBase: typeof HTMLElement =
  typeof HTMLElement === 'function' ? HTMLElement : (class {} as unknown as typeof HTMLElement);

/** Defines a custom element unless the page already has one of that name (e.g. another copy). */
export function defineElement(name: string, element: CustomElementConstructor): void {
  if (typeof customElements === 'object' && !customElements.get(name)) customElements.define(name, element);
}
