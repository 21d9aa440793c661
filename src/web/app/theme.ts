import { createTheme, type MantineColorsTuple } from '@mantine/core';

/** A calm blue-green: steady without being clinical, readable in light and dark. */
const lagoon: MantineColorsTuple = [
  '#e6fbfb',
  '#d4f2f2',
  '#abe3e3',
  '#7ed3d4',
  '#5ac6c7',
  '#43bdbf',
  '#34b9bb',
  '#22a3a4',
  '#0d8f91',
  '#007c7e',
];

export const theme = createTheme({
  primaryColor: 'lagoon',
  primaryShade: { light: 9, dark: 6 },
  colors: { lagoon },
  defaultRadius: 'md',
  fontFamily:
    'Inter, ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  cursorType: 'pointer',
  focusRing: 'auto',
});
