export { ConversationMemory, type ListCursor, type Memory } from './conversation-memory';
export { Sealer } from './sealer';
export { TicketStore, type Claim, type Ticket, type TicketAction } from './tickets';
