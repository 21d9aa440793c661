import { Button, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { PageHeader } from '../components/page-header';

export default function NotFoundPage() {
  return (
    <Stack maw={560}>
      <PageHeader title="Nothing here" />
      <Text>This address does not lead to a page in Rebound.</Text>
      <Button component={Link} to="/" w="fit-content">
        Go to Today
      </Button>
    </Stack>
  );
}
