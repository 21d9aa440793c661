import { MIN_BODY_SIZE, type ResumeContent, type ResumeStyle } from './resume-content';

/** One deterministic step that makes the résumé shorter, and what it left out. */
export interface FitStep {
  content: ResumeContent;
  style: ResumeStyle;
  leftOut: string | null;
}

const OPTIONAL_SECTIONS = ['Training', 'Summary', 'Certifications', 'Skills'];

/**
 * The next way to shorten a résumé that runs past two pages, or null when nothing is left to
 * give: first the body text down to 10 points, then the least relevant duty of the oldest job
 * that still has more than one, then optional sections, last-listed first. Duties are already
 * ranked, most relevant first, so the last one is the least relevant.
 */
export function shortenOnce(
  content: ResumeContent,
  style: ResumeStyle,
  minBodySize = MIN_BODY_SIZE,
): FitStep | null {
  if (style.bodySize > minBodySize) {
    return {
      content,
      style: { ...style, bodySize: Math.max(minBodySize, style.bodySize - 0.5) },
      leftOut: null,
    };
  }
  const work = content.sections.find((s) => s.title === 'Work experience');
  if (work) {
    for (let i = work.blocks.length - 1; i >= 0; i -= 1) {
      const block = work.blocks[i];
      if (!block || block.bullets.length <= 1) continue;
      const dropped = block.bullets.at(-1) as string;
      const blocks = work.blocks.map((b, j) =>
        j === i ? { ...b, bullets: b.bullets.slice(0, -1) } : b,
      );
      return {
        content: {
          ...content,
          sections: content.sections.map((s) => (s === work ? { ...s, blocks } : s)),
        },
        style,
        leftOut: `${block.heading[0] ?? 'A job'}: “${dropped}”`,
      };
    }
  }
  for (const title of [...OPTIONAL_SECTIONS].reverse()) {
    const section = content.sections.find((s) => s.title === title);
    if (section) {
      return {
        content: { ...content, sections: content.sections.filter((s) => s !== section) },
        style,
        leftOut: `the ${title} section`,
      };
    }
  }
  return null;
}
