// The VADER package ships its lexicon as an ES module beside its bundle, without typings.
declare module 'vader-sentiment/src/vader_lexicon.js' {
  /** Token (word, slang or emoticon) → mean valence from −4 to 4. */
  export const lexicon: Readonly<Record<string, number>>;
}
