import {
  Badge,
  createTheme,
  type CSSVariablesResolver,
  type MantineColorsTuple,
} from '@mantine/core';

/** A calm blue-green: steady without being clinical, readable in light and dark. */
const lagoon: MantineColorsTuple = [
  '#e6fbfb',
  '#d4f2f2',
  '#abe3e3',
  '#7ed3d4',
  '#5ac6c7',
  '#43bdbf',
  '#34b9bb',
  '#1f9fa1',
  '#007f82',
  '#006567',
];

export const theme = createTheme({
  primaryColor: 'lagoon',
  primaryShade: { light: 9, dark: 8 },
  colors: { lagoon },
  defaultRadius: 'md',
  fontFamily:
    'Inter, ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  cursorType: 'pointer',
  focusRing: 'auto',
  components: {
    // Sentence case reads calmer than Mantine's capitals for "Due tomorrow" and the like.
    Badge: Badge.extend({ styles: { root: { textTransform: 'none', fontWeight: 600 } } }),
    // Close and clear buttons show only a cross: each needs a name a screen reader can say.
    // Plain objects rather than `X.extend`, so the theme pulls no component into the first page.
    Modal: { defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } },
    Drawer: { defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } },
    Alert: { defaultProps: { closeButtonLabel: 'Dismiss' } },
    Notification: { defaultProps: { closeButtonProps: { 'aria-label': 'Dismiss' } } },
    MultiSelect: { defaultProps: { clearButtonProps: { 'aria-label': 'Clear' } } },
    TagsInput: { defaultProps: { clearButtonProps: { 'aria-label': 'Clear' } } },
  },
});

/**
 * Secondary text a shade stronger than Mantine's default, so small grey text keeps a 4.5:1
 * contrast on the page and on the light grey of the board in both schemes; and in light mode the
 * text of "light" badges and buttons a little darker than shade 9, which on its pale background
 * falls just short of 4.5:1 for several colors.
 */
export const cssVariablesResolver: CSSVariablesResolver = (current) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': '#5c646c',
    ...Object.fromEntries(
      Object.keys(current.colors).map((name) => [
        `--mantine-color-${name}-light-color`,
        `color-mix(in srgb, var(--mantine-color-${name}-9) 78%, black)`,
      ]),
    ),
  },
  dark: { '--mantine-color-dimmed': '#a6a7ab' },
});
