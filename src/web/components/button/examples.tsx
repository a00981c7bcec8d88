import type { Example } from '../shared.ts';
import { Button, ButtonGroup, ButtonLink, LinkButton } from './button.tsx';

export const examples: Example[] = [
  {
    name: 'Knoppen',
    render: () => (
      <ButtonGroup>
        <Button type="button">Opslaan</Button>
        <Button type="button" variant="secondary">
          Vorige
        </Button>
        <Button type="button" variant="subtle">
          Annuleren
        </Button>
        <Button type="button" variant="danger">
          Gegevens wissen
        </Button>
      </ButtonGroup>
    ),
  },
  {
    name: 'Links als knop',
    render: () => (
      <ButtonGroup>
        <ButtonLink href="#plan">Plan maken</ButtonLink>
        <ButtonLink href="#terug" variant="secondary">
          Terug naar de caseload
        </ButtonLink>
        <LinkButton>Klaar</LinkButton>
      </ButtonGroup>
    ),
  },
];
