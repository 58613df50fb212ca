/** Sentences and clauses of Chinese prose: the spans figures and notes are read in. */

/** A paragraph cut after 。！？；, each sentence trimmed, empty ones dropped. */
export function sentencesOf(paragraph: string): string[] {
  return (
    paragraph
      .match(/[^。！？!?；;]+[。！？!?；;]?/g)
      ?.map((sentence) => sentence.trim())
      .filter(Boolean) ?? []
  );
}

/** Marks that end a clause inside a sentence. */
const CLAUSE_MARKS = ['，', ',', '；', ';', '、', '：', ':', '。', '（', '('];

/** Where the clause holding `index` starts (just after the last clause mark before it). */
export function clauseStart(text: string, index: number): number {
  return Math.max(...CLAUSE_MARKS.map((mark) => text.lastIndexOf(mark, index - 1))) + 1;
}
