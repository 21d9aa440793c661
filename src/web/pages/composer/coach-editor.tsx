import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { forceLinting, linter, lintKeymap, type Diagnostic } from '@codemirror/lint';
import { Compartment, EditorState } from '@codemirror/state';
import { EditorView, keymap, placeholder } from '@codemirror/view';
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import type { Finding } from './coach-findings';
import { draftRooms } from './draft-rooms';
import { lineDirections } from './line-directions';
import { editorTheme } from './editor-theme';

export interface CoachEditorHandle {
  /** Selects a span (a finding) and scrolls it into view. */
  select(start: number, end: number): void;
  /** Replaces the whole text, e.g. with a starting draft, and selects `select` if given. */
  setText(text: string, select?: { start: number; end: number } | null): void;
  focus(): void;
}

interface CoachEditorProps {
  ref?: Ref<CoachEditorHandle>;
  initialText: string;
  /** Selected when the editor opens, e.g. a draft's room for the user's own words. */
  initialSelection?: { start: number; end: number } | null;
  readOnly: boolean;
  /** The id of the visible label. */
  labelledBy: string;
  describedBy?: string;
  onChange: (text: string) => void;
  /** Checks the text; runs when typing pauses, never on the keystroke itself. */
  check: (text: string) => readonly Finding[];
  onFindings: (findings: readonly Finding[], text: string) => void;
}

/** How long typing has to pause before the coach reads the text again. */
const CHECK_DELAY_MS = 120;

/**
 * A finding about a whole paragraph or message ("nothing here recalls the conversation") is
 * listed beside the text but not painted over it: painted, it would hide the exact words a
 * tone finding inside it points at.
 */
export function isBroad(finding: Finding, text: string): boolean {
  return finding.end - finding.start > 160 || text.slice(finding.start, finding.end).includes('\n');
}

function toDiagnostic(finding: Finding, text: string): Diagnostic {
  const length = text.length;
  const from = Math.min(finding.start, length);
  return {
    from,
    to: Math.max(from, Math.min(finding.end, length)),
    severity: finding.severity,
    source: finding.category,
    message: finding.suggestion ? `${finding.message} ${finding.suggestion}` : finding.message,
    markClass: `coach-${finding.category}${isBroad(finding, text) ? ' coach-broad' : ''}`,
  };
}

/**
 * The message editor (CodeMirror 6). The coach runs in the browser a moment after typing stops
 * and underlines what it found; hovering an underline shows why, F8 jumps to the next one.
 */
export function CoachEditor({
  ref,
  initialText,
  initialSelection,
  readOnly,
  labelledBy,
  describedBy,
  onChange,
  check,
  onFindings,
}: CoachEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const readOnlyCompartment = useRef(new Compartment());
  // The editor is built once; these refs let it call the latest callbacks.
  const latest = useRef({ onChange, check, onFindings });
  useEffect(() => {
    latest.current = { onChange, check, onFindings };
    if (view.current) forceLinting(view.current);
  }, [onChange, check, onFindings]);

  useEffect(() => {
    if (!host.current) return undefined;
    const coachLinter = linter(
      (editor) => {
        const text = editor.state.doc.toString();
        const findings = latest.current.check(text);
        latest.current.onFindings(findings, text);
        return findings.map((f) => toDiagnostic(f, text));
      },
      { delay: CHECK_DELAY_MS },
    );
    const editor = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: initialText,
        ...(initialSelection && {
          selection: { anchor: initialSelection.start, head: initialSelection.end },
        }),
        extensions: [
          history(),
          keymap.of([...lintKeymap, ...defaultKeymap, ...historyKeymap]),
          EditorView.lineWrapping,
          EditorView.perLineTextDirection.of(true),
          lineDirections,
          placeholder('Write your message here…'),
          EditorView.contentAttributes.of({
            'aria-labelledby': labelledBy,
            ...(describedBy && { 'aria-describedby': describedBy }),
            'aria-multiline': 'true',
            role: 'textbox',
            spellcheck: 'true',
            autocorrect: 'on',
            autocapitalize: 'sentences',
          }),
          readOnlyCompartment.current.of(EditorState.readOnly.of(readOnly)),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) latest.current.onChange(update.state.doc.toString());
          }),
          coachLinter,
          draftRooms,
          editorTheme,
        ],
      }),
    });
    view.current = editor;
    return () => {
      editor.destroy();
      view.current = null;
    };
    // The editor owns its text after creation; later changes to the props go through the handle.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    view.current?.dispatch({
      effects: readOnlyCompartment.current.reconfigure(EditorState.readOnly.of(readOnly)),
    });
  }, [readOnly]);

  useImperativeHandle(ref, () => ({
    select(start, end) {
      const editor = view.current;
      if (!editor) return;
      const length = editor.state.doc.length;
      editor.dispatch({
        selection: { anchor: Math.min(start, length), head: Math.min(end, length) },
        scrollIntoView: true,
      });
      editor.focus();
    },
    setText(text, select) {
      const editor = view.current;
      if (!editor) return;
      editor.dispatch({
        changes: { from: 0, to: editor.state.doc.length, insert: text },
        ...(select && { selection: { anchor: select.start, head: select.end } }),
      });
      editor.focus();
    },
    focus() {
      view.current?.focus();
    },
  }));

  return <div ref={host} data-coach-editor />;
}
