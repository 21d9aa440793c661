import { generateOpml, parseOpml, type Opml } from 'feedsmith';
import { err, ok, type Result } from '../result';
import { normalizeWebAddress, type FeedSource } from './article';
import { plainText } from './html-text';

/** A feed listed in an OPML file. */
export interface OpmlFeed {
  url: string;
  title: string | null;
  /** Where it sits in the file, e.g. `outline 3 ("Robotics Weekly")`, for messages. */
  where: string;
}

export interface OpmlProblem {
  where: string;
  message: string;
}

export interface OpmlContents {
  feeds: OpmlFeed[];
  /** Outlines that name a feed Rebound cannot follow, each with why. */
  problems: OpmlProblem[];
}

type Outline = Opml.Outline<string>;

/**
 * The feeds of an OPML file (what feed readers export), folders flattened. Outlines are counted
 * in document order, so a message can say which one is wrong even when it has no name.
 */
export function readOpml(text: string): Result<OpmlContents, string> {
  let document: Opml.Document<string>;
  try {
    document = parseOpml(text);
  } catch {
    return err('is not an OPML file (the list of feeds feed readers export)');
  }
  const feeds: OpmlFeed[] = [];
  const problems: OpmlProblem[] = [];
  let index = 0;
  const visit = (outlines: readonly Outline[]) => {
    for (const outline of outlines) {
      index += 1;
      const name = plainText(outline.title ?? outline.text, 200);
      const where = `outline ${index}${name ? ` ("${name}")` : ''}`;
      if (outline.xmlUrl !== undefined) {
        const url = normalizeWebAddress(outline.xmlUrl);
        if (url === undefined) {
          problems.push({
            where,
            message: `xmlUrl "${outline.xmlUrl.slice(0, 200)}" is not a web address`,
          });
        } else if (!feeds.some((f) => f.url === url)) {
          feeds.push({ url, title: name, where });
        }
      }
      visit(outline.outlines ?? []);
    }
  };
  visit(document.body?.outlines ?? []);
  if (feeds.length === 0 && problems.length === 0)
    return err('has no feeds: no outline carries an xmlUrl');
  return ok({ feeds, problems });
}

/** The sources as an OPML 2.0 file that any feed reader imports. */
export function writeOpml(sources: readonly FeedSource[], { title }: { title: string }): string {
  if (sources.length === 0) {
    // The generator wants at least one outline; an empty list is still a file readers open.
    const escaped = title.replace(/[<>&"]/g, (ch) => `&#${ch.charCodeAt(0)};`);
    return `<?xml version="1.0" encoding="utf-8"?>\n<opml version="2.0"><head><title>${escaped}</title></head><body></body></opml>\n`;
  }
  return generateOpml({
    head: { title },
    body: {
      outlines: sources.map((source) => ({
        text: source.title,
        title: source.title,
        type: 'rss',
        xmlUrl: source.url,
        ...(source.siteUrl !== null && { htmlUrl: source.siteUrl }),
      })),
    },
  });
}
