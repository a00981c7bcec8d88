import type { Example } from '../shared.ts';
import { workspaceMenu } from './workspace-menu.ts';

// The frames themselves are every page; the gallery shows the menu per role.
export const examples: Example[] = [
  {
    name: 'Werkruimtemenu per rol',
    render: () => (
      <ul>
        {['consulent', 'teamleider', 'beleidsmedewerker', 'functioneel-beheerder'].map((role) => (
          <li>
            <strong>{role}</strong>: {workspaceMenu(role).map((i) => i.label).join(', ')}
          </li>
        ))}
      </ul>
    ),
  },
];
