import {
  ActionIcon,
  AppShell,
  Burger,
  Button,
  Group,
  Tooltip,
  useComputedColorScheme,
  useMantineColorScheme,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Notifications } from '@mantine/notifications';
import { IconKeyboard, IconMoon, IconPlus, IconSun } from '@tabler/icons-react';
import { Suspense, lazy } from 'react';
import { Outlet, ScrollRestoration, useNavigate } from 'react-router';
import { BrandMark } from '../components/brand-mark';
import { NavigationProgress } from '../components/navigation-progress';
import { SampleBanner } from '../components/sample-banner';
import { NavLinks } from './nav-links';
import { QuickAddContext } from './quick-add-context';
import { ShortcutsHelp } from './shortcuts-help';
import { useKeySequences } from './shortcuts';
import classes from './app-layout.module.css';

const QuickAddModal = lazy(() => import('../pages/pipeline/quick-add-modal'));

/** The frame around every page: header, navigation, shortcuts and the quick-add dialog. */
export function AppLayout() {
  const [navOpened, nav] = useDisclosure(false);
  const [helpOpened, help] = useDisclosure(false);
  const [addOpened, add] = useDisclosure(false);
  const navigate = useNavigate();
  const { toggleColorScheme } = useMantineColorScheme();
  const scheme = useComputedColorScheme('light');

  useKeySequences({
    'g t': () => void navigate('/'),
    'g p': () => void navigate('/pipeline'),
    'g c': () => void navigate('/contacts'),
    'g i': () => void navigate('/insights'),
    'g r': () => void navigate('/practice'),
    'g s': () => void navigate('/settings'),
    n: add.open,
    d: toggleColorScheme,
    '?': help.toggle,
    '/': () => document.querySelector<HTMLElement>('[data-page-search]')?.focus(),
  });

  return (
    <QuickAddContext.Provider value={add.open}>
      <a className={classes.skipLink} href="#main">
        Skip to the page
      </a>
      {/* A new page starts at the top; going back returns to where you were. */}
      <ScrollRestoration />
      <NavigationProgress />
      <Notifications position="bottom-right" limit={3} />
      <AppShell
        header={{ height: 56 }}
        navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
        padding={{ base: 'sm', sm: 'lg' }}
      >
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap">
              <Burger
                opened={navOpened}
                onClick={nav.toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={navOpened ? 'Close navigation' : 'Open navigation'}
              />
              <BrandMark />
            </Group>
            <Group gap="xs" wrap="nowrap">
              <Button
                leftSection={<IconPlus size={16} aria-hidden />}
                onClick={add.open}
                variant="light"
                visibleFrom="xs"
              >
                Add application
              </Button>
              <Tooltip label="Add application (n)" hiddenFrom="xs">
                <ActionIcon
                  variant="light"
                  size="lg"
                  onClick={add.open}
                  aria-label="Add application"
                  hiddenFrom="xs"
                >
                  <IconPlus size={18} aria-hidden />
                </ActionIcon>
              </Tooltip>
              {/* A phone has no keyboard to press shortcuts on. */}
              <Tooltip label="Keyboard shortcuts (?)">
                <ActionIcon
                  variant="subtle"
                  size="lg"
                  onClick={help.open}
                  aria-label="Keyboard shortcuts"
                  visibleFrom="sm"
                >
                  <IconKeyboard size={20} aria-hidden />
                </ActionIcon>
              </Tooltip>
              <Tooltip label={scheme === 'dark' ? 'Light mode (d)' : 'Dark mode (d)'}>
                <ActionIcon
                  variant="subtle"
                  size="lg"
                  onClick={toggleColorScheme}
                  aria-label={scheme === 'dark' ? 'Switch to light mode' : 'Switch to dark mode'}
                >
                  {scheme === 'dark' ? (
                    <IconSun size={20} aria-hidden />
                  ) : (
                    <IconMoon size={20} aria-hidden />
                  )}
                </ActionIcon>
              </Tooltip>
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar p="sm" aria-label="Main">
          <NavLinks onNavigate={nav.close} />
        </AppShell.Navbar>
        <AppShell.Main id="main" tabIndex={-1} className={classes.main}>
          <SampleBanner />
          <Outlet />
        </AppShell.Main>
      </AppShell>
      <ShortcutsHelp opened={helpOpened} onClose={help.close} />
      {addOpened && (
        <Suspense fallback={null}>
          <QuickAddModal opened={addOpened} onClose={add.close} />
        </Suspense>
      )}
    </QuickAddContext.Provider>
  );
}
