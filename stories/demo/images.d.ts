// Vite serves an asset imported with `?no-inline` as a file URL. Inlined `data:` URLs would be
// dropped by ArticleBody, which only renders http(s) and relative image sources.
declare module '*.svg?no-inline' {
  const url: string;
  export default url;
}
