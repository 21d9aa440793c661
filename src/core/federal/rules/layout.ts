import type { ResumeFont } from '../resume-document';
import { defineFederalRule } from '../rule';
import { SOURCES } from '../sources';

/** The sans-serif families USAJOBS recommends. */
export const RECOMMENDED_FONTS = [
  'Lato',
  'Calibri',
  'Helvetica',
  'Arial',
  'Verdana',
  'Open Sans',
  'Source Sans Pro',
  'Roboto',
  'Noto Sans',
] as const;

const squash = (name: string) => name.toLowerCase().replace(/[^a-z]/g, '');
const RECOMMENDED = new Set(RECOMMENDED_FONTS.map(squash));
// Metric twins of recommended fonts that renderers substitute for them.
for (const twin of ['liberationsans', 'arimo', 'carlito', 'helveticaneue', 'arialmt'])
  RECOMMENDED.add(twin);

/** The font most of the text is set in. */
export function bodyFont(fonts: readonly ResumeFont[]): ResumeFont | null {
  return fonts.reduce<ResumeFont | null>(
    (best, f) => (best === null || f.characters > best.characters ? f : best),
    null,
  );
}

/**
 * Body text below 10 points (or the announcement's minimum), and a body font outside the
 * recommended sans-serif families; read from the file, so only for PDF and Word.
 */
export const fontsRule = defineFederalRule({
  id: 'fonts',
  source: SOURCES.resumeFormat,
  defaults: { severity: 'warning' as const, minPoints: 10 },
  create: (options) => (context) => {
    const body = bodyFont(context.document.fonts);
    if (!body) return [];
    const agency = context.announcement?.formatRules.minFontPoints ?? null;
    const min = agency ?? options.minPoints;
    const found = [];
    if (body.size < min - 0.05) {
      found.push({
        ...(agency !== null && { severity: 'error' as const }),
        message: `Most of the text is set in ${body.size} pt; ${agency !== null ? `the announcement requires at least ${agency} pt` : `USAJOBS suggests ${min} pt for body text and about 14 pt for titles`}.`,
      });
    }
    if (!RECOMMENDED.has(squash(body.family))) {
      found.push({
        severity: 'advice' as const,
        message: `The body font is ${body.family}. USAJOBS recommends a sans-serif font such as ${RECOMMENDED_FONTS.slice(0, 5).join(', ')}.`,
      });
    }
    return found;
  },
});

/** Margins under half an inch (or the announcement's minimum). */
export const marginsRule = defineFederalRule({
  id: 'margins',
  source: SOURCES.resumeFormat,
  defaults: { severity: 'warning' as const, minInches: 0.5 },
  create: (options) => (context) => {
    const margins = context.document.margins;
    if (!margins) return [];
    const agency = context.announcement?.formatRules.minMarginInches ?? null;
    const min = agency ?? options.minInches;
    const narrow = (['top', 'right', 'bottom', 'left'] as const).filter(
      (side) => margins[side] < min - 0.03,
    );
    if (narrow.length === 0) return [];
    const sizes = narrow.map((side) => `${side} ${margins[side].toFixed(2)} in`).join(', ');
    return [
      {
        ...(agency !== null && { severity: 'error' as const }),
        message: `The margins are narrower than ${min} inch (${sizes}). ${agency !== null ? 'The announcement requires them; a résumé that breaks it may be ruled ineligible.' : 'USAJOBS recommends at least half an inch.'}`,
      },
    ];
  },
});
