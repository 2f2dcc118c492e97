/**
 * The text of a Word document as it was before its tracked changes: insertions removed, deletions
 * put back. mammoth only ever gives the text with the changes accepted; with both texts the import
 * can carry the changes as an amendment that the rapporteur accepts or rejects change by change.
 * Works on the checked XML (no entity declarations) with patterns on Word's own markup.
 */

/** `<w:ins …>`/`<w:del …>` but not `<w:delText>` or `<w:instrText>`. */
const INS = /<w:ins(?=[\s>/])[^>]*\/>|<w:ins(?=[\s>])[^>]*>[\s\S]*?<\/w:ins>/g;
const DEL_MARK = /<w:del(?=[\s/])[^>]*\/>/g;
const DEL = /<w:del(?=[\s>])[^>]*>([\s\S]*?)<\/w:del>/g;

export function rejectTrackedChanges(documentXml: string): string {
  return documentXml
    .replace(INS, '')
    .replace(DEL_MARK, '')
    .replace(DEL, (_, inner: string) => inner.replace(/<w:delText(?=[\s>])/g, '<w:t').replace(/<\/w:delText>/g, '</w:t>'));
}

/** The authors of the tracked changes, in the order they first appear. */
export function changeAuthors(documentXml: string): string[] {
  const authors: string[] = [];
  for (const match of documentXml.matchAll(/<w:(?:ins|del)(?=\s)[^>]*\sw:author="([^"]*)"/g)) {
    if (!authors.includes(match[1]!)) authors.push(match[1]!);
    if (authors.length >= 50) break;
  }
  return authors;
}
