import { notifications } from '@mantine/notifications';
import { withArticle } from '../../../core/reading/share-draft';
import { errorMessage } from '../../api/api-error';
import { useShareArticle, type Suggestion } from '../../api/reading';
import { ArticleSuggestions } from '../../components/article-suggestions';
import { SectionCard } from '../../components/section-card';

interface SharePanelProps {
  messageId: string;
  contactId: string;
  applicationId: string | null;
  /** The text as it stands, and a way to replace it (the editor's). */
  text: () => string;
  setText: (text: string, select: { start: number; end: number }) => void;
}

/**
 * Articles worth sending to the person this message is for. "Add" puts the link and a room for
 * the user's own line into the message and notes the article with the draft, so sending it
 * records that it went to them.
 */
export function SharePanel({
  messageId,
  contactId,
  applicationId,
  text,
  setText,
}: SharePanelProps) {
  const share = useShareArticle();
  const add = (suggestion: Suggestion) => {
    const next = withArticle(text(), suggestion);
    setText(next.text, next.room);
    share.mutate(
      { articleId: suggestion.id, contactId, applicationId, messageId },
      {
        onError: (error) =>
          notifications.show({
            color: 'red',
            title: 'The article was added, but not noted with the draft',
            message: errorMessage(error),
          }),
      },
    );
  };
  return (
    <SectionCard title="Worth sharing" id="composer-sharing">
      <ArticleSuggestions
        contactId={contactId}
        applicationId={applicationId}
        onUse={add}
        useLabel="Add"
        exclude={(suggestion) => text().includes(suggestion.url)}
      />
    </SectionCard>
  );
}
