import { Progress } from '@mantine/core';
import { useIsFetching, useIsMutating } from '@tanstack/react-query';
import { useNavigation } from 'react-router';
import classes from './navigation-progress.module.css';

/**
 * A thin bar along the top while a page loads or the server is working, so a slow moment is
 * never a silent one. It appears only after a short delay, so fast answers do not flicker.
 */
export function NavigationProgress() {
  const navigating = useNavigation().state !== 'idle';
  const busy = useIsFetching() + useIsMutating() > 0;
  const active = navigating || busy;
  return (
    <div className={classes.bar} data-active={active || undefined} aria-hidden>
      <Progress value={100} animated size={3} radius={0} />
    </div>
  );
}
