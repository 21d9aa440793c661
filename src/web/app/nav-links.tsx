import { NavLink, Stack } from '@mantine/core';
import {
  IconAddressBook,
  IconCards,
  IconChartBar,
  IconFeather,
  IconBuildingBank,
  IconLayoutKanban,
  IconNews,
  IconMail,
  IconSettings,
  IconShare,
  IconSunrise,
} from '@tabler/icons-react';
import { NavLink as RouterLink, useLocation } from 'react-router';
import { useIsTeamSeeker } from '../api/sharing';

const LINKS = [
  { to: '/', label: 'Today', icon: IconSunrise, end: true },
  { to: '/pipeline', label: 'Pipeline', icon: IconLayoutKanban, end: false },
  { to: '/contacts', label: 'Contacts', icon: IconAddressBook, end: false },
  { to: '/insights', label: 'Insights', icon: IconChartBar, end: false },
  { to: '/practice', label: 'Practice', icon: IconCards, end: false },
  { to: '/reading', label: 'Reading', icon: IconNews, end: false },
  { to: '/letters', label: 'Letters', icon: IconFeather, end: false },
  { to: '/federal', label: 'Federal', icon: IconBuildingBank, end: false },
  { to: '/inbox', label: 'Inbox', icon: IconMail, end: false },
  { to: '/settings', label: 'Settings', icon: IconSettings, end: false },
] as const;

/** Pages a seeker has only in a team installation, where a coach reads their search. */
const TEAM_SEEKER_LINKS = [
  { to: '/sharing', label: 'Sharing', icon: IconShare, end: false },
] as const;

/** Where an application or message page belongs in the navigation. */
function sectionOf(pathname: string): string {
  if (pathname.startsWith('/applications') || pathname.startsWith('/messages')) return '/pipeline';
  return pathname;
}

/** The main pages; choosing one also closes the navigation drawer on a phone. */
export function NavLinks({ onNavigate }: { onNavigate: () => void }) {
  const section = sectionOf(useLocation().pathname);
  const links = useIsTeamSeeker() ? [...LINKS, ...TEAM_SEEKER_LINKS] : LINKS;
  return (
    <Stack gap={4}>
      {links.map((link) => {
        const active = link.end ? section === link.to : section.startsWith(link.to);
        return (
          <NavLink
            key={link.to}
            component={RouterLink}
            to={link.to}
            end={link.end}
            label={link.label}
            active={active}
            aria-current={active ? 'page' : undefined}
            leftSection={<link.icon size={20} stroke={1.6} aria-hidden />}
            fw={500}
            onClick={onNavigate}
          />
        );
      })}
    </Stack>
  );
}
