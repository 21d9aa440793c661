import { writeVCards } from '../../core/portability/vcard';
import { listAllContacts } from '../../storage/repositories/contacts';
import type { UseCaseDeps } from '../deps';

/** Every contact as one vCard 4.0 file, sorted by name so two exports compare line by line. */
export async function exportContactsVCard(
  deps: UseCaseDeps,
): Promise<{ text: string; count: number }> {
  const contacts = await listAllContacts(deps.db, deps.workspaceId);
  contacts.sort((a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1));
  return { text: writeVCards(contacts), count: contacts.length };
}
