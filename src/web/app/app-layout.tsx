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
import { useMe, type Me } from '../api/team';
import { AppLoading } from '../components/app-loading';
import { BrandMark } from '../components/brand-mark';
import { NavigationProgress } from '../components/navigation-progress';
import { SampleBanner } from '../components/sample-banner';
import { AccountMenu } from './account-menu';
import { NavLinks } from './nav-links';
import { QuickAddContext } from './quick-add-context';
import { ShortcutsHelp } from './shortcuts-help';
import { useKeySequences } from './shortcuts';
import { TeamGuard } from './team-guard';
import classes from './app-layout.module.css';

const QuickAddModal = lazy(() => import('../pages/pipeline/quick-add-modal'));

/** A server that cannot say its mode is an older local one: the app works as it always has. */
const LOCAL: Me = { mode: 'local', account: null };

/**
 * The frame around every page, once the app knows its mode: in a team installation, who is
 * signed in decides what the header and navigation offer, and nobody signed out sees a page.
 */
export function AppLayout() {
  const me = useMe();
  if (me.isPending) return <AppLoading />;
  const known = me.data ?? LOCAL;
  return (
    <TeamGuard me={known}>
      <AppFrame me={known} />
    </TeamGuard>
  );
}

/** Header, navigation, shortcuts and the quick-add dialog. */
function AppFrame({ me }: { me: Me }) {
  const account = me.account;
  // Coaches and admins own no workspace: nothing to add applications to.
  const ownsWorkspace = account === null || (account.role === 'seeker' && !account.removed);
  const [navOpened, nav] = useDisclosure(false);
  const [helpOpened, help] = useDisclosure(false);
  const [addOpened, add] = useDisclosure(false);
  const navigate = useNavigate();
  const { toggleColorScheme } = useMantineColorScheme();
  const scheme = useComputedColorScheme('light');

  const workspaceKeys = {
    'g t': () => void navigate('/'),
    'g p': () => void navigate('/pipeline'),
    'g c': () => void navigate('/contacts'),
    'g i': () => void navigate('/insights'),
    'g r': () => void navigate('/practice'),
    'g a': () => void navigate('/reading'),
    'g s': () => void navigate('/settings'),
    n: add.open,
  };
  useKeySequences({
    ...(ownsWorkspace && workspaceKeys),
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
              {ownsWorkspace && (
                <>
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
                </>
              )}
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
              {account && <AccountMenu account={account} />}
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar p="sm" aria-label="Main">
          <NavLinks
            onNavigate={nav.close}
            {...(account && { role: account.role, removed: account.removed })}
          />
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
