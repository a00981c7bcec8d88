export * from './types.ts';
export { recoverable } from './audit.ts';
export { protect } from './suppress.ts';
export { protectGroup, type Breakdown, type ProtectedBreakdown, type ProtectedGroup } from './breakdown.ts';
