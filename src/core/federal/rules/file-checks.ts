import { defineFederalRule } from '../rule';
import { SOURCES } from '../sources';

/** What USAJOBS accepts for a résumé upload. */
export const ACCEPTED_EXTENSIONS = [
  'pdf',
  'doc',
  'docx',
  'rtf',
  'txt',
  'odt',
  'gif',
  'jpg',
  'jpeg',
  'png',
] as const;
export const MAX_RESUME_BYTES = 5 * 1024 * 1024;

const extensionOf = (name: string) => /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/** Larger than the 5 MB USAJOBS takes. */
export const fileSizeRule = defineFederalRule({
  id: 'file-size',
  source: SOURCES.resumeFormat,
  defaults: { severity: 'error' as const, maxBytes: MAX_RESUME_BYTES },
  create: (options) => (context) =>
    context.document.bytes > options.maxBytes
      ? [
          {
            message: `The file is ${megabytes(context.document.bytes)} MB; USAJOBS takes at most ${megabytes(options.maxBytes)} MB. Remove pictures or save it again as a plain PDF.`,
          },
        ]
      : [],
});

/** A type USAJOBS does not take, or not PDF when the announcement asks for PDF only. */
export const fileTypeRule = defineFederalRule({
  id: 'file-type',
  source: SOURCES.resumeFormat,
  defaults: { severity: 'error' as const },
  create: () => (context) => {
    const extension = extensionOf(context.document.fileName);
    if (!(ACCEPTED_EXTENSIONS as readonly string[]).includes(extension)) {
      return [
        {
          message: `USAJOBS does not take .${extension || '(no extension)'} files. Save the résumé as PDF (recommended), Word or plain text.`,
        },
      ];
    }
    if (context.announcement?.formatRules.pdfOnly && extension !== 'pdf') {
      return [{ message: 'The announcement asks for the résumé as a PDF. Save it as PDF.' }];
    }
    return [];
  },
});

/** Encrypted, password-protected, signed or a PDF portfolio: none can be uploaded. */
export const fileProtectedRule = defineFederalRule({
  id: 'file-protected',
  source: SOURCES.documents,
  defaults: { severity: 'error' as const },
  create: () => (context) => {
    const { encrypted, portfolio, signed } = context.document;
    const problems = [
      encrypted && 'encrypted or password-protected',
      portfolio && 'a PDF portfolio (several files in one)',
      signed && 'digitally signed',
    ].filter((p): p is string => typeof p === 'string');
    return problems.length === 0
      ? []
      : [
          {
            message: `The file is ${problems.join(' and ')}. USAJOBS and agency systems do not accept that; save an ordinary copy without protection.`,
          },
        ];
  },
});

/** Next to no text: a scanned page or a picture, which nobody can search or read closely. */
export const readableTextRule = defineFederalRule({
  id: 'readable-text',
  source: SOURCES.documents,
  defaults: { severity: 'warning' as const, minWords: 15 },
  create: (options) => (context) => {
    if (context.document.encrypted) return [];
    const words = context.document.lines
      .map((l) => l.text)
      .join(' ')
      .split(/\s+/)
      .filter(Boolean);
    return words.length >= options.minWords
      ? []
      : [
          {
            message: `Only ${words.length} word${words.length === 1 ? '' : 's'} of text could be read from the file. A scanned or image résumé cannot be searched or checked: upload one made from text.`,
          },
        ];
  },
});
