import { useDraggable } from '@dnd-kit/core';
import { IconFlask, IconGripVertical } from '@tabler/icons-react';
import { memo, type KeyboardEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import type { Application } from '../../api/applications';
import { timeInStage } from './time-in-stage';
import classes from './board.module.css';

/**
 * The words on a card, shared by the card in its column and the one following the pointer.
 * Plain elements rather than Mantine's Text: a board holds hundreds of these, and scrolling mounts
 * new ones every few frames.
 */
export function CardBody({ application, now }: { application: Application; now: Date }) {
  return (
    <span className={classes.cardBody}>
      <span className={classes.companyLine}>
        <span className={classes.company}>{application.company}</span>
        {application.sample && (
          // The banner's flask, small: a card has no room for the word, and says it to a reader.
          <span className={classes.sampleMark} title="Sample" role="img" aria-label="Sample">
            <IconFlask size={13} aria-hidden />
          </span>
        )}
      </span>
      <span className={classes.role}>{application.role}</span>
      <span className={classes.meta}>
        {timeInStage(application.stageChangedAt, now)}
        {application.location ? ` · ${application.location}` : ''}
      </span>
    </span>
  );
}

interface ApplicationCardProps {
  application: Application;
  now: Date;
  /** The card just added: marked, and its link takes the focus. */
  added?: boolean;
}

/**
 * A card on the board. The whole card can be dragged with a mouse or finger; the grip is the
 * keyboard's way in (Space picks it up), and the company name opens the application.
 */
export const ApplicationCard = memo(function ApplicationCard({
  application,
  now,
  added = false,
}: ApplicationCardProps) {
  const navigate = useNavigate();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({
    id: application.id,
    data: { application, stage: application.stage },
  });
  const href = `/applications/${application.id}`;
  const onHandleKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter') void navigate(href);
  };
  return (
    <div
      ref={setNodeRef}
      {...listeners}
      className={classes.card}
      data-dragging={isDragging || undefined}
      data-application-id={application.id}
      data-added={added || undefined}
    >
      <Link to={href} className={classes.cardLink} draggable={false}>
        <CardBody application={application} now={now} />
      </Link>
      <button
        ref={setActivatorNodeRef}
        type="button"
        {...attributes}
        onKeyDown={onHandleKeyDown}
        className={classes.handle}
        aria-label={`Move ${application.company}, ${application.role}`}
      >
        <IconGripVertical size={18} aria-hidden />
      </button>
    </div>
  );
});
