import { NavLink, Stack } from '@mantine/core';
import {
  IconAddressBook,
  IconCards,
  IconDownload,
  IconChartBar,
  IconFeather,
  IconBuildingBank,
  IconLayoutKanban,
  IconNews,
  IconMail,
  IconMessageCircle,
  IconSettings,
  IconShare,
  IconSunrise,
  IconUsers,
  IconUsersGroup,
} from '@tabler/icons-react';
import { NavLink as RouterLink, useLocation } from 'react-router';
import type { Role } from '../api/team';

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

type Link = { to: string; label: string; icon: typeof IconSunrise; end: boolean };

/** What each role of a team installation finds in the navigation; local mode is `LINKS`. */
const TEAM_LINKS: Readonly<Record<Role, readonly Link[]>> = {
  seeker: [
    ...LINKS.slice(0, -1),
    { to: '/coach-notes', label: 'From your coach', icon: IconMessageCircle, end: false },
    { to: '/sharing', label: 'Sharing', icon: IconShare, end: false },
    ...LINKS.slice(-1),
  ],
  coach: [{ to: '/caseload', label: 'Caseload', icon: IconUsersGroup, end: false }],
  admin: [{ to: '/members', label: 'Members', icon: IconUsers, end: false }],
};

/** A seeker removed from the organisation keeps one page: their data, to export or delete. */
const LEAVER_LINKS: readonly Link[] = [
  { to: '/your-data', label: 'Your data', icon: IconDownload, end: false },
];

/** Where an application or message page belongs in the navigation. */
function sectionOf(pathname: string): string {
  if (pathname.startsWith('/applications') || pathname.startsWith('/messages')) return '/pipeline';
  return pathname;
}

/** The main pages; choosing one also closes the navigation drawer on a phone. */
export function NavLinks({
  onNavigate,
  role,
  removed = false,
}: {
  onNavigate: () => void;
  role?: Role;
  removed?: boolean;
}) {
  const section = sectionOf(useLocation().pathname);
  const teamLinks = removed ? LEAVER_LINKS : role === undefined ? LINKS : TEAM_LINKS[role];
  const links: readonly Link[] = teamLinks ?? LINKS;
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
