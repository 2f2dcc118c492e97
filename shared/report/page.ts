/** A4 pages, margins, and the running header and footer (meeting name; « Page X sur Y »). */
import { AlignmentType, Footer, Header, PageNumber, PageOrientation, Paragraph, TabStopType, TextRun, type ISectionPropertiesOptions } from 'docx';
import type { Locale } from '../domain/types';
import { label } from './labels';
import { STYLE } from './styles';

/** A4 in twentieths of a point, with 2.5 cm margins (2 cm in landscape, for the table's width). */
const A4 = { width: 11906, height: 16838 };
const CM = 567;

export function pageProperties(orientation: 'portrait' | 'landscape'): ISectionPropertiesOptions {
  const margin = orientation === 'portrait' ? 2.5 * CM : 2 * CM;
  return {
    titlePage: orientation === 'portrait',
    page: {
      size: { width: A4.width, height: A4.height, orientation: orientation === 'portrait' ? PageOrientation.PORTRAIT : PageOrientation.LANDSCAPE },
      margin: { top: margin, bottom: margin, left: margin, right: margin, header: 1.2 * CM, footer: 1.2 * CM },
    },
  };
}

/** The width of the text between the margins, for right-aligned tabs in the header. */
export function textWidth(orientation: 'portrait' | 'landscape'): number {
  return orientation === 'portrait' ? A4.width - 5 * CM : A4.height - 4 * CM;
}

export function runningHeader(left: string, right: string, orientation: 'portrait' | 'landscape'): Header {
  return new Header({
    children: [
      new Paragraph({
        style: STYLE.headerFooter,
        tabStops: [{ type: TabStopType.RIGHT, position: textWidth(orientation) }],
        border: { bottom: { style: 'single', size: 4, color: 'A6A6A6', space: 4 } },
        children: [new TextRun(left), new TextRun({ children: ['\t', right] })],
      }),
    ],
  });
}

export function runningFooter(locale: Locale): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.headerFooter,
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [label('page', locale), PageNumber.CURRENT, label('of', locale), PageNumber.TOTAL_PAGES] })],
      }),
    ],
  });
}

/** The cover page has neither header nor footer. */
export function emptyHeader(): Header {
  return new Header({ children: [new Paragraph({ style: STYLE.headerFooter, children: [] })] });
}

export function emptyFooter(): Footer {
  return new Footer({ children: [new Paragraph({ style: STYLE.headerFooter, children: [] })] });
}
