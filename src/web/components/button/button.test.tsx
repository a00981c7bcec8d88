import assert from 'node:assert/strict';
import { it } from 'node:test';
import { renderToString } from 'preact-render-to-string';
import { Button, ButtonLink } from './button.tsx';

it('button: the secondary style differs from the primary one', () => {
  const primary = renderToString(<Button>Volgende</Button>);
  const secondary = renderToString(<Button variant="secondary">Vorige</Button>);
  assert.match(primary, /utrecht-button--primary-action/);
  assert.match(secondary, /utrecht-button--secondary-action/);
  assert.doesNotMatch(secondary, /primary/);
  assert.match(primary, /type="submit"/);
});

it('button link: an anchor with the button-link classes', () => {
  assert.match(renderToString(<ButtonLink href="/x" variant="subtle">X</ButtonLink>), /<a href="\/x" class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--subtle">X<\/a>/);
});
