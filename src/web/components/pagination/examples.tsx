import type { Example } from '../shared.ts';
import { Pagination } from './pagination.tsx';

export const examples: Example[] = [{ name: 'Paginering', render: () => <Pagination page={4} pages={9} href={(p) => `?pagina=${p}`} label="Pagina’s van het voorbeeld" /> }];
