// A notice on a page: information, success, warning or error.
import type { ComponentChildren } from 'preact';
import { cx } from '../shared.ts';

export type AlertType = 'info' | 'ok' | 'warning' | 'error';

const legacy: Record<AlertType, string> = { info: '', ok: 'ok', warning: 'warn', error: 'error' };

export function Alert(props: { type?: AlertType; title?: string; /** Announce at once (after a form was sent). */ live?: boolean; demo?: boolean; children: ComponentChildren }) {
  const type = props.type ?? 'info';
  return (
    <div class={cx('utrecht-alert', `utrecht-alert--${type}`, 'notice', legacy[type], props.demo && 'demo')} role={props.live ? (type === 'error' ? 'alert' : 'status') : undefined}>
      {props.title ? <h2 class="alert-title">{props.title}</h2> : null}
      {props.children}
    </div>
  );
}

/** The message after a form was sent (from `?melding=`): nothing when there is none. */
export function Notice({ text }: { text?: string | undefined }) {
  return text ? (
    <Alert live>
      <p>{text}</p>
    </Alert>
  ) : null;
}
