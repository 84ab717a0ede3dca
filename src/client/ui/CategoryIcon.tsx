/** A category's icon, decorative: the category's name is always written beside it. */
import { categoryIconPath } from './category-icon-paths.ts';

export function CategoryIcon({ icon }: { icon: string }) {
  return (
    <svg class="category-icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
      <path d={categoryIconPath(icon)} fill="currentColor" />
    </svg>
  );
}
