// Staff by invitation: a manager or the leadership group makes a one-use code for a role, the invitee
// opens its page and accepts it while signed in.
export { createInvite } from './create';
export { listInvites, revokeInvite } from './list';
export { acceptInvite } from './accept';
