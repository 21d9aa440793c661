import {
  Alert,
  Group,
  MultiSelect,
  SegmentedControl,
  Skeleton,
  Switch,
  TextInput,
} from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconSearch } from '@tabler/icons-react';
import { useDeferredValue, useMemo } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { STAGE_LABELS, STAGES, type Stage } from '../../../core/stages';
import { errorMessage } from '../../api/api-error';
import { useApplications, useChangeStage, type Application } from '../../api/applications';
import { PageHeader } from '../../components/page-header';
import { ApplicationsTable } from './applications-table';
import { Board } from './board';
import { countClosed, filterApplications, sortApplications } from './filter-applications';
import { usePipelineView } from './use-pipeline-view';

export default function PipelinePage() {
  const [view, setView] = usePipelineView();
  const applications = useApplications();
  const changeStage = useChangeStage();
  const navigate = useNavigate();
  // Set by the add dialog: the application just added, to bring into view on the board.
  const addedId = (useLocation().state as { added?: string } | null)?.added ?? null;
  const search = useDeferredValue(view.search);
  const all = useMemo(() => applications.data ?? [], [applications.data]);

  useHotkeys([
    ['v', () => setView({ view: view.view === 'board' ? 'table' : 'board' })],
    ['c', () => setView({ showClosed: !view.showClosed })],
  ]);

  const visible = useMemo(() => {
    const filtered = filterApplications(all, {
      search,
      stages: view.view === 'table' ? view.stages : [],
      showClosed: view.showClosed,
    });
    return view.view === 'table' ? sortApplications(filtered, view.sort, view.direction) : filtered;
  }, [all, search, view.view, view.stages, view.showClosed, view.sort, view.direction]);

  const closedCounts = useMemo(() => {
    const counts = { rejected: 0, withdrawn: 0, ghosted: 0 };
    for (const a of all) if (a.stage in counts) counts[a.stage as keyof typeof counts] += 1;
    return counts;
  }, [all]);
  const closed = countClosed(all);

  // A "no" is more than a stage: it opens the rejection wizard, which records it and plans on.
  const move = async (application: Application, stage: Stage) => {
    if (stage === 'rejected') {
      await navigate(`/applications/${application.id}/rejection`);
      return;
    }
    await changeStage.mutateAsync({ id: application.id, stage });
  };

  const moveFromTable = (application: Application, stage: Stage) => {
    move(application, stage).catch((error: unknown) =>
      notifications.show({
        color: 'red',
        title: `${application.company} could not be moved`,
        message: errorMessage(error),
      }),
    );
  };

  return (
    <>
      <PageHeader
        title="Pipeline"
        description={
          applications.data
            ? `${all.length - closed} open · ${closed} closed`
            : 'Every application by stage'
        }
      />
      <Group mb="md" gap="sm" align="flex-end" wrap="wrap">
        <SegmentedControl
          value={view.view}
          onChange={(value) => setView({ view: value as 'board' | 'table' })}
          data={[
            { value: 'board', label: 'Board' },
            { value: 'table', label: 'Table' },
          ]}
          aria-label="View"
        />
        <TextInput
          value={view.search}
          onChange={(event) => setView({ search: event.currentTarget.value })}
          placeholder="Search company, role, place"
          aria-label="Search applications"
          leftSection={<IconSearch size={16} aria-hidden />}
          data-page-search
          type="search"
          w={{ base: '100%', xs: 260 }}
        />
        {view.view === 'table' && (
          <MultiSelect
            value={view.stages}
            onChange={(value) => setView({ stages: value as Stage[] })}
            data={STAGES.map((s) => ({ value: s, label: STAGE_LABELS[s] }))}
            placeholder={view.stages.length === 0 ? 'All stages' : undefined}
            aria-label="Filter by stage"
            clearable
            w={{ base: '100%', xs: 280 }}
          />
        )}
        <Switch
          checked={view.showClosed}
          onChange={(event) => setView({ showClosed: event.currentTarget.checked })}
          label={`Show closed (${closed})`}
          mb={6}
        />
      </Group>
      {applications.isError ? (
        <Alert color="red" role="alert" title="The pipeline could not be loaded">
          {errorMessage(applications.error)}
        </Alert>
      ) : applications.isPending ? (
        <Group gap="sm" wrap="nowrap" aria-busy aria-label="Loading the pipeline">
          {[0, 1, 2, 3].map((i) => (
            <Skeleton key={i} h={320} w={272} radius="md" />
          ))}
        </Group>
      ) : view.view === 'board' ? (
        <Board
          applications={visible}
          showClosed={view.showClosed}
          onShowClosed={() => setView({ showClosed: true })}
          onMove={move}
          closedCounts={closedCounts}
          addedId={addedId}
        />
      ) : (
        <ApplicationsTable
          applications={visible}
          sort={view.sort}
          direction={view.direction}
          onSort={(key) =>
            setView(
              key === view.sort
                ? { direction: view.direction === 'asc' ? 'desc' : 'asc' }
                : { sort: key, direction: key === 'company' || key === 'role' ? 'asc' : 'desc' },
            )
          }
          onMove={moveFromTable}
        />
      )}
    </>
  );
}
