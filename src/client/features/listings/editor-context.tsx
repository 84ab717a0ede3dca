/** What every input of the editor needs: the draft it edits and the problems to show beside it. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { OrganizationListing } from '../../../shared/listings/listing-document.ts';
import type { ListingDraft } from './listing-draft.ts';
import type { ProblemKind } from './field-errors.ts';
import { getIn, setIn, type Path } from './listing-edit.ts';

export interface Editor {
  draft: ListingDraft;
  document: OrganizationListing;
  problems: Map<string, ProblemKind>;
}

export const EditorContext = createContext<Editor | null>(null);

export function useEditor() {
  const editor = useContext(EditorContext);
  if (!editor) throw new Error('An editor field outside the listing editor');
  const { draft, document, problems } = editor;
  return {
    document,
    problems,
    read: (path: Path) => getIn(document, path),
    // From the draft's latest document, not this render's: two changes before a re-render both count.
    write: (path: Path, value: unknown) => draft.edit(setIn(draft.document.value ?? document, path, value)),
    change: (update: (listing: OrganizationListing) => OrganizationListing) => draft.edit(update(draft.document.value ?? document)),
    problemAt: (path: Path) => problems.get(path.join('.')),
  };
}
