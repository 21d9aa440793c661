import { defineFederalRule } from '../rule';
import { SOURCES } from '../sources';

const HOW: Record<string, string> = {
  pdf: 'as the PDF sets it',
  libreoffice: 'as LibreOffice lays the file out on US Letter pages',
  layout: 'laid out on US Letter pages in 10-point Helvetica with half-inch margins',
  estimate:
    'estimated without LibreOffice, so the real count may differ: export it to PDF to be sure',
};

/**
 * More than two pages as rendered. USAJOBS refuses longer résumés since 27 September 2025;
 * an announcement may set its own limit.
 */
export const pageLimitRule = defineFederalRule({
  id: 'page-limit',
  source: SOURCES.twoPages,
  defaults: { severity: 'error' as const, maxPages: 2 },
  create: (options) => (context) => {
    const pages = context.document.pages;
    if (pages === null) return [];
    const limit = context.announcement?.formatRules.maxPages ?? options.maxPages;
    const method = context.document.pagesMeasuredBy ?? 'layout';
    if (pages > limit) {
      const first = context.document.lines.find((l) => l.page !== null && l.page > limit);
      return [
        {
          message: `The résumé runs to ${pages} pages (${HOW[method]}); the limit is ${limit}. USAJOBS will not accept a longer one, and an agency that receives it may rate you ineligible or read only the first ${limit}.`,
          at: first,
        },
      ];
    }
    if (method === 'estimate') {
      return [
        {
          severity: 'advice',
          message: `${pages} page${pages === 1 ? '' : 's'}, ${HOW.estimate}.`,
        },
      ];
    }
    return [];
  },
});
