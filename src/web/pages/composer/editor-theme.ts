import { EditorView } from '@codemirror/view';

/** The editor in Mantine's colors, so it follows light and dark like the rest of the page. */
export const editorTheme = EditorView.theme({
  '&': {
    fontSize: 'var(--mantine-font-size-md)',
    color: 'var(--mantine-color-text)',
    backgroundColor: 'var(--mantine-color-body)',
    border: '1px solid var(--mantine-color-default-border)',
    borderRadius: 'var(--mantine-radius-md)',
  },
  '&.cm-focused': {
    outline: '2px solid var(--mantine-primary-color-filled)',
    outlineOffset: '1px',
  },
  '.cm-scroller': { fontFamily: 'var(--mantine-font-family)', lineHeight: '1.65' },
  '.cm-content': {
    minHeight: '260px',
    padding: '12px 6px',
    caretColor: 'var(--mantine-color-text)',
  },
  '.cm-placeholder': { color: 'var(--mantine-color-placeholder)' },
  '.cm-cursor': { borderLeftColor: 'var(--mantine-color-text)' },
  '&.cm-focused .cm-selectionBackground, .cm-selectionBackground, ::selection': {
    backgroundColor: 'var(--mantine-primary-color-light) !important',
  },
  '.cm-lintRange-error': {
    backgroundColor: 'rgba(250, 82, 82, 0.18)',
  },
  '.cm-lintRange-warning': {
    backgroundColor: 'rgba(253, 126, 20, 0.16)',
  },
  // A finding about a whole paragraph is listed, not painted, so the words a tone finding
  // inside it points at keep their own colour and underline.
  '.cm-lintRange.coach-broad': {
    backgroundColor: 'transparent',
    backgroundImage: 'none',
  },
  '.cm-lintRange-error.coach-tone': {
    backgroundColor: 'rgba(250, 82, 82, 0.26)',
  },
  '.cm-lintRange-warning.coach-tone': {
    backgroundColor: 'rgba(253, 126, 20, 0.24)',
  },
  '.cm-draft-room': {
    backgroundColor: 'var(--mantine-primary-color-light)',
    color: 'var(--mantine-primary-color-light-color)',
    borderRadius: '4px',
    padding: '1px 2px',
    fontStyle: 'italic',
  },
  '.cm-tooltip': {
    backgroundColor: 'var(--mantine-color-body)',
    color: 'var(--mantine-color-text)',
    border: '1px solid var(--mantine-color-default-border)',
    borderRadius: 'var(--mantine-radius-sm)',
    boxShadow: 'var(--mantine-shadow-md)',
    maxWidth: '380px',
  },
  '.cm-diagnostic': { padding: '6px 10px', fontSize: 'var(--mantine-font-size-sm)' },
});
