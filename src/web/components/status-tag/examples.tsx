import type { Example } from '../shared.ts';
import { StatusTag, TagList } from './status-tag.tsx';

export const examples: Example[] = [
  {
    name: 'Statussen',
    render: () => (
      <TagList>
        <li><StatusTag>Nieuw</StatusTag></li>
        <li><StatusTag tone="info">Actief</StatusTag></li>
        <li><StatusTag tone="ok">Plan bevestigd</StatusTag></li>
        <li><StatusTag tone="warning">13 weken geen contact</StatusTag></li>
        <li><StatusTag tone="danger">Te laat</StatusTag></li>
      </TagList>
    ),
  },
];
