/**
 * The named styles of the report, so that a secretariat restyles it in Word (Modify Style) rather
 * than paragraph by paragraph: headings are Word's own Heading 1–3 (which the table of contents
 * collects), recommendations, preambular paragraphs, the fields of a recommendation, the cover, the
 * annex, each its own style. Ids stay the same in both languages; names are shown in the report's.
 */
import { AlignmentType, LevelFormat, LineRuleType, type INumberingOptions, type IStylesOptions } from 'docx';
import type { Locale } from '../domain/types';

export const BULLET_LIST = 'palabre-bullets';
export const NUMBERED_LIST = 'palabre-numbers';

export const STYLE = {
  recommendation: 'Recommandation',
  preambular: 'Preambule',
  fields: 'ChampsRecommandation',
  body: 'CorpsDeTexte',
  quote: 'CitationPalabre',
  subheading: 'IntertitrePalabre',
  coverOrganisation: 'CouvertureOrganisation',
  coverTitle: 'CouvertureTitre',
  coverDetails: 'CouvertureDetails',
  coverKind: 'CouvertureMention',
  tocTitle: 'TitreTableMatieres',
  note: 'NotePalabre',
  delegation: 'Delegation',
  participant: 'Participant',
  tableText: 'TexteTableau',
  tablePreambular: 'PreambuleTableau',
  tableHeader: 'EnteteTableau',
  headerFooter: 'EnTetePiedDePage',
} as const;

const NAMES: Readonly<Record<keyof typeof STYLE, Readonly<Record<Locale, string>>>> = {
  recommendation: { fr: 'Recommandation', en: 'Recommendation' },
  preambular: { fr: 'Préambule', en: 'Preambular paragraph' },
  fields: { fr: 'Champs de la recommandation', en: 'Recommendation fields' },
  body: { fr: 'Corps de texte Palabre', en: 'Palabre body text' },
  quote: { fr: 'Citation', en: 'Quotation' },
  subheading: { fr: 'Intertitre', en: 'Subheading' },
  coverOrganisation: { fr: 'Couverture — organisation', en: 'Cover — organisation' },
  coverTitle: { fr: 'Couverture — titre', en: 'Cover — title' },
  coverDetails: { fr: 'Couverture — lieu et dates', en: 'Cover — venue and dates' },
  coverKind: { fr: 'Couverture — mention', en: 'Cover — document type' },
  tocTitle: { fr: 'Titre de la table des matières', en: 'Contents heading' },
  note: { fr: 'Note', en: 'Note' },
  delegation: { fr: 'Délégation', en: 'Delegation' },
  participant: { fr: 'Participant', en: 'Participant' },
  tableText: { fr: 'Texte de tableau', en: 'Table text' },
  tablePreambular: { fr: 'Préambule de tableau', en: 'Table preambular paragraph' },
  tableHeader: { fr: 'En-tête de tableau', en: 'Table heading' },
  headerFooter: { fr: 'En-tête et pied de page', en: 'Header and footer' },
};

/** Body and heading fonts: what Word offers everywhere; LibreOffice substitutes its metric-compatible twins. */
export const BODY_FONT = 'Calibri';
export const HEADING_FONT = 'Cambria';
const INK = '1F2A44';
const ACCENT = '1F4E79';
const GREY = '595959';

/** Sizes are in half-points, spacing in twentieths of a point, as Word counts them. */
export function reportStyles(locale: Locale, language: string): IStylesOptions {
  const name = (key: keyof typeof STYLE) => NAMES[key][locale];
  const paragraph = (key: keyof typeof STYLE, options: Omit<NonNullable<IStylesOptions['paragraphStyles']>[number], 'id' | 'name'>) => ({
    id: STYLE[key],
    name: name(key),
    quickFormat: true,
    ...options,
  });
  return {
    default: {
      document: {
        run: { font: BODY_FONT, size: 22, language: { value: language }, color: '000000' },
        paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } },
      },
      title: { run: { font: HEADING_FONT, size: 48, color: INK } },
      heading1: {
        run: { font: HEADING_FONT, size: 32, bold: true, color: ACCENT },
        paragraph: { outlineLevel: 0, spacing: { before: 360, after: 200 }, keepNext: true, keepLines: true, border: { bottom: { style: 'single', size: 6, color: ACCENT, space: 4 } } },
      },
      heading2: {
        run: { font: HEADING_FONT, size: 26, bold: true, color: INK },
        paragraph: { outlineLevel: 1, spacing: { before: 280, after: 100 }, keepNext: true, keepLines: true },
      },
      heading3: {
        run: { font: HEADING_FONT, size: 23, bold: true, color: INK },
        paragraph: { outlineLevel: 2, spacing: { before: 200, after: 80 }, keepNext: true },
      },
    },
    paragraphStyles: [
      paragraph('recommendation', { basedOn: 'Normal', next: STYLE.recommendation, paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: { after: 140 } } }),
      paragraph('preambular', {
        basedOn: STYLE.recommendation,
        next: STYLE.preambular,
        run: { italics: true },
        paragraph: { alignment: AlignmentType.JUSTIFIED, indent: { left: 284 }, spacing: { after: 100 } },
      }),
      paragraph('fields', { basedOn: 'Normal', run: { size: 20, color: GREY }, paragraph: { spacing: { after: 40 }, keepNext: true, indent: { left: 284 } } }),
      paragraph('body', { basedOn: 'Normal', next: STYLE.body, paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: { after: 140 } } }),
      paragraph('quote', { basedOn: STYLE.recommendation, run: { italics: true, color: GREY }, paragraph: { indent: { left: 720, right: 720 } } }),
      paragraph('subheading', { basedOn: 'Normal', next: STYLE.recommendation, run: { bold: true }, paragraph: { spacing: { before: 160, after: 80 }, keepNext: true } }),
      paragraph('coverOrganisation', {
        basedOn: 'Normal',
        run: { font: HEADING_FONT, size: 26, allCaps: true, characterSpacing: 30, color: ACCENT, bold: true },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 480, after: 240 } },
      }),
      paragraph('coverTitle', {
        basedOn: 'Normal',
        run: { font: HEADING_FONT, size: 44, bold: true, color: INK },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 1200, after: 480, line: 252, lineRule: LineRuleType.AUTO } },
      }),
      paragraph('coverDetails', { basedOn: 'Normal', run: { size: 26, color: GREY }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 120 } } }),
      paragraph('coverKind', {
        basedOn: 'Normal',
        run: { font: HEADING_FONT, size: 36, allCaps: true, characterSpacing: 20, color: ACCENT },
        paragraph: {
          alignment: AlignmentType.CENTER,
          spacing: { before: 1440, after: 240 },
          border: { top: { style: 'single', size: 8, color: ACCENT, space: 12 }, bottom: { style: 'single', size: 8, color: ACCENT, space: 12 } },
        },
      }),
      paragraph('tocTitle', { basedOn: 'Normal', run: { font: HEADING_FONT, size: 32, bold: true, color: ACCENT }, paragraph: { spacing: { after: 240 } } }),
      paragraph('note', { basedOn: 'Normal', run: { size: 18, italics: true, color: GREY }, paragraph: { alignment: AlignmentType.CENTER } }),
      paragraph('delegation', {
        basedOn: 'Heading3',
        next: STYLE.participant,
        run: { font: HEADING_FONT, size: 23, bold: true, color: INK },
        paragraph: { spacing: { before: 200, after: 60 }, keepNext: true },
      }),
      paragraph('participant', { basedOn: 'Normal', paragraph: { spacing: { after: 20 }, indent: { left: 284 } } }),
      paragraph('tableText', { basedOn: 'Normal', run: { size: 18 }, paragraph: { spacing: { after: 60, line: 240 } } }),
      paragraph('tablePreambular', { basedOn: STYLE.tableText, run: { size: 18, italics: true } }),
      paragraph('tableHeader', { basedOn: 'Normal', run: { size: 18, bold: true, color: 'FFFFFF' }, paragraph: { spacing: { after: 0 }, keepNext: true } }),
      paragraph('headerFooter', { basedOn: 'Normal', run: { size: 16, color: GREY }, paragraph: { spacing: { after: 0 } } }),
    ],
  };
}

/** Bulleted and numbered lists of the texts, nine levels each as Word has. */
export function reportNumbering(): INumberingOptions {
  const levels = (numbered: boolean) =>
    Array.from({ length: 9 }, (_, level) => ({
      level,
      format: numbered ? [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN][level % 3]! : LevelFormat.BULLET,
      text: numbered ? `%${level + 1}.` : ['•', '–', '◦'][level % 3]!,
      alignment: AlignmentType.LEFT,
      style: { paragraph: { indent: { left: 567 * (level + 1), hanging: 340 } } },
    }));
  return {
    config: [
      { reference: BULLET_LIST, levels: levels(false) },
      { reference: NUMBERED_LIST, levels: levels(true) },
    ],
  };
}
