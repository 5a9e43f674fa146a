import { useId, type ComponentProps, type ReactNode } from 'react';

interface LabelledProps {
  /** Shown as the placeholder, and kept as the field's label for screen readers. */
  label: string;
  large?: boolean;
}

/** A one-line field in the Conduit look. Spread react-hook-form's `register(name)` into it. */
export function TextField({
  label,
  large = true,
  ...input
}: LabelledProps & ComponentProps<'input'>) {
  const id = useId();
  return (
    <FieldFrame id={id} label={label}>
      <input {...input} id={id} className={controlClass(large)} placeholder={label} />
    </FieldFrame>
  );
}

/** A multi-line field in the Conduit look. Spread react-hook-form's `register(name)` into it. */
export function TextAreaField({
  label,
  large = false,
  ...textarea
}: LabelledProps & ComponentProps<'textarea'>) {
  const id = useId();
  return (
    <FieldFrame id={id} label={label}>
      <textarea {...textarea} id={id} className={controlClass(large)} placeholder={label} />
    </FieldFrame>
  );
}

const controlClass = (large: boolean) => (large ? 'form-control form-control-lg' : 'form-control');

function FieldFrame({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <fieldset className="form-group">
      <label className="visually-hidden" htmlFor={id}>
        {label}
      </label>
      {children}
    </fieldset>
  );
}
