export { ConversationMemory, memoryKind, TurnMemory, type ListCursor, type Memory, type MemoryAccess } from './conversation-memory';
export { RecordStore, retentionByNamespace, type RecordKind, type Versioned } from './record-store';
export { Sealer } from './sealer';
export {
  ClaimLostError,
  FRESH_CLAIM_MS,
  LEASE_MS,
  MAX_OPEN_TICKETS,
  TicketStore,
  ticketKinds,
  type Claim,
  type OfferedAgain,
  type Ticket,
  type TicketAction,
  type TicketTarget,
} from './tickets';
