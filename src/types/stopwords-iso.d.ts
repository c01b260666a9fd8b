/** stopwords-iso: one JSON object, ISO 639-1 language code → its stop words. */
declare module 'stopwords-iso' {
  const stopwords: Record<string, string[]>;
  export default stopwords;
}
