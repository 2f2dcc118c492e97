/** Class names Lexical puts on the document's elements; styled in styles/editor.css. */
import type { EditorThemeClasses } from 'lexical';

export const editorTheme: EditorThemeClasses = {
  paragraph: 'doc-paragraph',
  quote: 'doc-quote',
  heading: { h1: 'doc-h1', h2: 'doc-h2', h3: 'doc-h3', h4: 'doc-h4', h5: 'doc-h4', h6: 'doc-h4' },
  list: {
    ol: 'doc-ol',
    ul: 'doc-ul',
    listitem: 'doc-li',
    nested: { listitem: 'doc-li-nested' },
  },
  link: 'doc-link',
  text: {
    bold: 'doc-bold',
    italic: 'doc-italic',
    underline: 'doc-underline',
    strikethrough: 'doc-strike',
    underlineStrikethrough: 'doc-underline-strike',
  },
};
