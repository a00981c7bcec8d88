// Buttons and links that look like buttons. Primary for the one main action
// of a page, secondary for the others, subtle for minor ones, danger for
// destroying something (always behind a confirmation page).
import type { ComponentChildren } from 'preact';
import { cx } from '../shared.ts';

export type ButtonVariant = 'primary' | 'secondary' | 'subtle' | 'danger';

const buttonClass: Record<ButtonVariant, string> = {
  primary: 'utrecht-button--primary-action',
  secondary: 'utrecht-button--secondary-action',
  subtle: 'utrecht-button--subtle',
  danger: 'utrecht-button--primary-action button-danger',
};

export function Button(props: { variant?: ButtonVariant; type?: 'submit' | 'button'; name?: string; value?: string; id?: string; children: ComponentChildren }) {
  const variant = props.variant ?? 'primary';
  return (
    <button type={props.type ?? 'submit'} class={cx('utrecht-button', buttonClass[variant], props.type !== 'button' && 'utrecht-button--submit')} name={props.name} value={props.value} id={props.id}>
      {props.children}
    </button>
  );
}

/** A link styled as a button, for navigation to a form or page. */
export function ButtonLink(props: { href: string; variant?: Exclude<ButtonVariant, 'danger'>; children: ComponentChildren }) {
  const variant = props.variant ?? 'primary';
  return (
    <a href={props.href} class={cx('utrecht-button-link', 'utrecht-button-link--html-a', `utrecht-button-link--${variant === 'subtle' ? 'subtle' : `${variant}-action`}`)}>
      {props.children}
    </a>
  );
}

/** A button that looks like a link, for a small POST action in running text. */
export function LinkButton(props: { name?: string; value?: string; children: ComponentChildren }) {
  return (
    <button type="submit" class="utrecht-link-button utrecht-link-button--html-button link-button" name={props.name} value={props.value}>
      {props.children}
    </button>
  );
}

export function ButtonGroup({ children }: { children: ComponentChildren }) {
  return <div class="utrecht-button-group button-row">{children}</div>;
}
