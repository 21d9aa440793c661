import { Center, Loader } from '@mantine/core';
import classes from './app-loading.module.css';

/** Shown while the first page's code arrives; it fades in only if that takes a moment. */
export function AppLoading() {
  return (
    <Center h="100dvh" className={classes.loading} role="status" aria-label="Loading Rebound">
      <Loader size="sm" />
    </Center>
  );
}
