/** stopword ships no types; only the two lists the packs use. */
declare module 'stopword' {
  export const eng: string[];
  export const deu: string[];
}
