// Shared by the werkgevers routes: the not-found answer and a checked id parameter.
import type { FastifyRequest } from 'fastify';
import { UUID_PATTERN } from '../../domain/ids.ts';
import { NotFoundError } from '../../web/errors.ts';

export const notFound = () => new NotFoundError('Deze werkgever, vacature of dit profiel bestaat niet, of u hebt geen toegang.');

export function idParam(request: FastifyRequest, name = 'id'): string {
  const value = (request.params as Record<string, string>)[name] ?? '';
  if (!UUID_PATTERN.test(value)) throw notFound();
  return value;
}
