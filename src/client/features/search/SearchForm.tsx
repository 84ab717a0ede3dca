import { useTranslation } from '../../i18n/use-translation.ts';

interface Props {
  value: string;
  onInput: (value: string) => void;
  onSubmit: (value: string) => void;
}

/** The search box: a real form, so Enter and the phone keyboard's "search" key both submit. */
export function SearchForm({ value, onInput, onSubmit }: Props) {
  const { t } = useTranslation();
  return (
    <form
      class="search-form"
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(value);
      }}
    >
      <label for="search-input" class="search-label">{t('search.label')}</label>
      <div class="search-row">
        <input
          id="search-input"
          type="search"
          name="q"
          value={value}
          placeholder={t('search.placeholder')}
          autocomplete="off"
          enterKeyHint="search"
          maxLength={200}
          onInput={(event) => onInput(event.currentTarget.value)}
        />
        <button type="submit" class="button button-primary">{t('search.submit')}</button>
      </div>
    </form>
  );
}
