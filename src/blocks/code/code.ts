import { is, optional, stringThat, type Fields } from '../rules';

/** Preformatted code, shown as written. Pass a `code` renderer in `components` to highlight it. */
export interface CodeBlock {
  type: 'code';
  /** The code, with its line breaks and indentation. */
  text: string;
  /** Language of the code (`ts`, `python`): a `language-…` class for highlighters. */
  language?: string;
}

/** A language name that is safe in a class name: letters, digits and + # . _ - */
export const LANGUAGE = /^[\w+#.-]{1,32}$/;

export const codeFields: Fields = [
  { text: stringThat((value) => value.trim(), 'must not be empty') },
  {
    language: optional(
      is((value) => typeof value === 'string' && LANGUAGE.test(value), 'must be a language name like "ts" or "python"'),
    ),
  },
];

export const codeExamples: CodeBlock[] = [
  {
    type: 'code',
    language: 'python',
    text: 'from lumatek import Cluster\n\ncluster = Cluster("luleå-1", chips=4096)\nprint(cluster.peak_tflops(precision="bf16"))',
  },
];
