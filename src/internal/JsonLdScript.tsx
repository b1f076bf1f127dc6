/* eslint-disable no-restricted-syntax -- the serialised, escaped JSON below is data, never HTML */
import { serializeJsonLd } from './jsonLd';

/** Props of {@link JsonLdScript}. */
export interface JsonLdScriptProps {
  /** A JSON-LD object or graph. */
  data: unknown;
}

/**
 * A `<script type="application/ld+json">`. The one place where article-kit writes raw markup:
 * React would entity-encode text children and break the JSON, and `serializeJsonLd` escapes
 * every character that could end the script element.
 */
export function JsonLdScript({ data }: JsonLdScriptProps) {
  return (
    <script type="application/ld+json" data-ak="JsonLd" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />
  );
}
