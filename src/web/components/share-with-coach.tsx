import { Anchor, Stack, Switch, Text } from '@mantine/core';
import { Link } from 'react-router';
import { errorMessage } from '../api/api-error';
import { useIsTeamSeeker, useShareItem, useSharing, type SharedItemKind } from '../api/sharing';

interface ShareWithCoachProps {
  kind: SharedItemKind;
  /** The rejection (for a reflection) or the draft message. */
  id: string;
}

const SETTING = { reflection: 'reflections', draft: 'drafts' } as const;

/**
 * The *Share with my coach* switch on a reflection or a draft, in a team installation only. While
 * the whole kind is shared (a setting on the Sharing page) the switch shows it and stays on.
 */
export function ShareWithCoach(props: ShareWithCoachProps) {
  // Local mode and coaches never see it; nothing is asked of the server beyond the session.
  if (!useIsTeamSeeker()) return null;
  return <ShareSwitch {...props} />;
}

function ShareSwitch({ kind, id }: ShareWithCoachProps) {
  const sharing = useSharing();
  const share = useShareItem();
  if (!sharing.data) return null;
  const everyOne = sharing.data.settings[SETTING[kind]];
  const one = sharing.data.items.some((item) => item.kind === kind && item.id === id);
  const label = kind === 'reflection' ? 'this reflection' : 'this draft';
  return (
    <Stack gap={4} data-share-with-coach={kind}>
      <Switch
        label="Share with my coach"
        checked={everyOne || one}
        disabled={everyOne || share.isPending}
        onChange={(event) => share.mutate({ kind, id, shared: event.currentTarget.checked })}
        description={
          everyOne ? (
            <>
              You share every {kind} on the{' '}
              <Anchor component={Link} to="/sharing" size="xs" underline="always">
                Sharing page
              </Anchor>
              .
            </>
          ) : one ? (
            `Your coach can read ${label}; switch off to take it back at once.`
          ) : (
            `Only you can read ${label}.`
          )
        }
      />
      {share.isError && (
        <Text size="sm" c="red" role="alert">
          {errorMessage(share.error)}
        </Text>
      )}
    </Stack>
  );
}
