import { Button, Group, NativeSelect } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useAssignCoach, type Account } from '../../api/team';
import { FormAlert } from '../../components/form-alert';
import { SectionCard } from '../../components/section-card';
import { errorMessage } from '../../api/api-error';

/** Puts a seeker in a coach's caseload. */
export function AssignForm({ members }: { members: Account[] }) {
  const assign = useAssignCoach();
  const seekers = members.filter((m) => m.role === 'seeker');
  const coaches = members.filter((m) => m.role === 'coach');
  const [seekerId, setSeekerId] = useState('');
  const [coachId, setCoachId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const nameOf = (id: string) => members.find((m) => m.id === id)?.name ?? id;

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(null);
    if (seekerId === '' || coachId === '') {
      setError('Choose a job seeker and a coach.');
      return;
    }
    try {
      await assign.mutateAsync({ seekerId, coachId });
      notifications.show({
        color: 'teal',
        message: `${nameOf(seekerId)} is now in ${nameOf(coachId)}’s caseload.`,
      });
      setSeekerId('');
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };

  return (
    <SectionCard title="Assign a job seeker to a coach">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <FormAlert message={error} />
        <Group align="flex-end" gap="sm" wrap="wrap" mt={error ? 'sm' : 0}>
          <NativeSelect
            label="Job seeker"
            value={seekerId}
            onChange={(event) => setSeekerId(event.currentTarget.value)}
            data={[
              { value: '', label: 'Choose…' },
              ...seekers.map((s) => ({ value: s.id, label: s.name })),
            ]}
          />
          <NativeSelect
            label="Coach"
            value={coachId}
            onChange={(event) => setCoachId(event.currentTarget.value)}
            data={[
              { value: '', label: 'Choose…' },
              ...coaches.map((c) => ({ value: c.id, label: c.name })),
            ]}
          />
          <Button type="submit" loading={assign.isPending}>
            Assign
          </Button>
        </Group>
      </form>
    </SectionCard>
  );
}
