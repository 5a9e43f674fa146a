import { useState, type KeyboardEvent } from 'react';

interface TagInputProps {
  tags: readonly string[];
  onChange: (tags: string[]) => void;
}

/** Enter adds the typed tag (and never submits the form); each pill's × removes its tag. */
export function TagInput({ tags, onChange }: TagInputProps) {
  const [text, setText] = useState('');

  const addOnEnter = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    const tag = text.trim();
    if (tag && !tags.includes(tag)) onChange([...tags, tag]);
    setText('');
  };

  return (
    <fieldset className="form-group">
      <label className="visually-hidden" htmlFor="tag-input">
        Tags (press Enter to add one)
      </label>
      <input
        id="tag-input"
        className="form-control"
        placeholder="Enter tags"
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={addOnEnter}
      />
      <div className="tag-list">
        {tags.map((tag) => (
          <span key={tag} className="tag-default tag-pill">
            <button
              type="button"
              className="icon-button"
              aria-label={`Remove tag ${tag}`}
              onClick={() => onChange(tags.filter((kept) => kept !== tag))}
            >
              <i className="ion-close-round" aria-hidden="true" />
            </button>
            {tag}
          </span>
        ))}
      </div>
    </fieldset>
  );
}
